import { describe, expect, it } from 'vitest';
import {
  COMMAND_QUICK_SEARCH,
  COMMAND_SIDE_PANEL,
  NOTE_TTL_MS,
  noteToShow,
  routeCommand,
} from '../../lib/extension/commands.ts';

const enabled = { url: 'https://journal.example.se/note/1', siteEnabled: true };

describe('routeCommand', () => {
  it('opens the side panel wherever the user is', () => {
    expect(routeCommand(COMMAND_SIDE_PANEL, enabled)).toEqual({ kind: 'side-panel' });
    expect(routeCommand(COMMAND_SIDE_PANEL, null)).toEqual({ kind: 'side-panel' });
  });
  it('opens the overlay on an enabled web page', () => {
    expect(routeCommand(COMMAND_QUICK_SEARCH, enabled)).toEqual({ kind: 'overlay' });
    expect(
      routeCommand(COMMAND_QUICK_SEARCH, { url: 'http://127.0.0.1:8080/journal.html', siteEnabled: true }),
    ).toEqual({
      kind: 'overlay',
    });
  });
  it('opens the popup on a site nobody enabled, saying so', () => {
    expect(
      routeCommand(COMMAND_QUICK_SEARCH, { url: 'https://news.example.com/', siteEnabled: false }),
    ).toEqual({
      kind: 'popup',
      reason: 'site-not-enabled',
    });
    // The browser hides the address of pages we hold no permission for.
    expect(routeCommand(COMMAND_QUICK_SEARCH, { url: undefined, siteEnabled: false })).toEqual({
      kind: 'popup',
      reason: 'site-not-enabled',
    });
  });
  it('never opens the overlay on browser or extension pages, even if marked enabled', () => {
    for (const url of [
      'chrome://settings/',
      'chrome-extension://abc/popup.html',
      'file:///tmp/x.html',
      'about:blank',
    ])
      expect(routeCommand(COMMAND_QUICK_SEARCH, { url, siteEnabled: true })).toEqual({
        kind: 'popup',
        reason: 'not-a-web-page',
      });
    expect(routeCommand(COMMAND_QUICK_SEARCH, null)).toEqual({ kind: 'popup', reason: 'not-a-web-page' });
  });
  it('does not open the overlay when the site is enabled but the address is hidden', () => {
    expect(routeCommand(COMMAND_QUICK_SEARCH, { url: undefined, siteEnabled: true })).toEqual({
      kind: 'popup',
      reason: 'site-not-enabled',
    });
  });
  it('ignores commands it does not know, including the browser-handled popup one', () => {
    expect(routeCommand('_execute_action', enabled)).toBeNull();
    expect(routeCommand('quick-search ', enabled)).toBeNull();
    expect(routeCommand('', enabled)).toBeNull();
  });
});

describe('noteToShow', () => {
  const now = 1_000_000;
  it('shows a fresh note once', () => {
    expect(noteToShow({ reason: 'site-not-enabled', at: now - 500 }, now)).toBe('site-not-enabled');
  });
  it('hides old, future and malformed notes', () => {
    expect(noteToShow(null, now)).toBeNull();
    expect(noteToShow({ reason: 'site-not-enabled', at: now - NOTE_TTL_MS - 1 }, now)).toBeNull();
    expect(noteToShow({ reason: 'site-not-enabled', at: now + 60_000 }, now)).toBeNull();
    expect(noteToShow({ reason: 'bogus' as never, at: now }, now)).toBeNull();
  });
});

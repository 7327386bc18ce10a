import { describe, expect, it } from 'vitest';
import {
  addSite,
  coveredBy,
  normalizeSitePattern,
  planRegistrations,
  removeSite,
  SCRIPT_ID_PREFIX,
  scriptId,
  sitePattern,
  unionSites,
  wantedSites,
} from '../../lib/policy/sites.ts';

describe('sitePattern', () => {
  it('gives the site of an http(s) page without port or path', () => {
    expect(sitePattern('http://127.0.0.1:8787/journal.html?x=1')).toBe('http://127.0.0.1/*');
    expect(sitePattern('https://journal.example.se/a/b')).toBe('https://journal.example.se/*');
  });
  it('refuses pages the extension never reads', () => {
    for (const url of [
      'chrome://extensions/',
      'file:///tmp/a.html',
      'chrome-extension://abc/popup.html',
      'data:,x',
      'nonsense',
    ])
      expect(sitePattern(url)).toBeNull();
  });
});

describe('normalizeSitePattern', () => {
  it('accepts the forms an administrator may write', () => {
    expect(normalizeSitePattern('journal.example.se')).toBe('*://journal.example.se/*');
    expect(normalizeSitePattern('*.Example.se')).toBe('*://*.example.se/*');
    expect(normalizeSitePattern('https://journal.example.se')).toBe('https://journal.example.se/*');
    expect(normalizeSitePattern(' https://*.example.se/* ')).toBe('https://*.example.se/*');
    expect(normalizeSitePattern('http://127.0.0.1:8787/')).toBe('http://127.0.0.1/*');
  });
  it('rejects everything-patterns, paths and other schemes', () => {
    for (const bad of [
      '<all_urls>',
      '*',
      '*://*/*',
      'https://a.se/path/*',
      'ftp://a.se/*',
      'a..se',
      '',
      'a.*.se',
    ])
      expect(normalizeSitePattern(bad), bad).toBeNull();
  });
});

describe('unionSites', () => {
  it('merges user and policy sites once, sorted, dropping invalid entries', () => {
    expect(unionSites(['http://127.0.0.1/*', 'b.se'], ['b.se', '<all_urls>', 'https://a.se'])).toEqual([
      '*://b.se/*',
      'http://127.0.0.1/*',
      'https://a.se/*',
    ]);
  });
});

describe('planRegistrations', () => {
  it('registers what is missing and unregisters what is no longer wanted, ignoring foreign ids', () => {
    const plan = planRegistrations(
      ['https://a.se/*', 'https://b.se/*'],
      [scriptId('https://b.se/*'), scriptId('https://old.se/*'), 'quicksearch'],
    );
    expect(plan).toEqual({ register: ['https://a.se/*'], unregister: [scriptId('https://old.se/*')] });
  });
  it('does nothing when the registrations already match', () => {
    expect(planRegistrations(['https://a.se/*'], [scriptId('https://a.se/*')])).toEqual({
      register: [],
      unregister: [],
    });
  });
  it('uses ids the scripting API accepts (not starting with "_")', () => {
    expect(SCRIPT_ID_PREFIX.startsWith('_')).toBe(false);
  });
});

describe('addSite and removeSite', () => {
  it('adds a site once and removes it again', () => {
    const one = addSite([], 'http://127.0.0.1/*');
    expect(addSite(one, 'http://127.0.0.1:9000/')).toEqual(['http://127.0.0.1/*']);
    expect(removeSite(one, 'http://127.0.0.1/*')).toEqual([]);
  });
  it('ignores an invalid site', () => {
    expect(addSite(['https://a.se/*'], '<all_urls>')).toEqual(['https://a.se/*']);
  });
});

describe('coveredBy', () => {
  const patterns = ['http://127.0.0.1/*', '*://*.example.se/*'];
  it('finds the pattern that covers a page', () => {
    expect(coveredBy('http://127.0.0.1:4000/journal.html', patterns)).toBe('http://127.0.0.1/*');
    expect(coveredBy('https://journal.example.se/x', patterns)).toBe('*://*.example.se/*');
    expect(coveredBy('http://example.se/', patterns)).toBe('*://*.example.se/*');
  });
  it('does not cover other hosts, look-alikes or schemes', () => {
    expect(coveredBy('https://127.0.0.1/', patterns)).toBeNull();
    expect(coveredBy('https://notexample.se/', patterns)).toBeNull();
    expect(coveredBy('https://example.se.evil.com/', patterns)).toBeNull();
    expect(coveredBy('file:///example.se/', patterns)).toBeNull();
  });
});

describe('wantedSites with the policy pageContext switch', () => {
  const user = ['https://journal.example.se/*'];
  const policy = ['*.intranet.example.se'];
  it('registers both lists while the page context is on', () => {
    expect(wantedSites(user, policy, false)).toEqual([
      '*://*.intranet.example.se/*',
      'https://journal.example.se/*',
    ]);
  });
  it('registers nothing at all when the policy turns the page context off, user sites included', () => {
    expect(wantedSites(user, policy, true)).toEqual([]);
    const registered = [
      scriptId('https://journal.example.se/*'),
      scriptId('*://*.intranet.example.se/*'),
      'quicksearch',
    ];
    expect(planRegistrations(wantedSites(user, policy, true), registered)).toEqual({
      register: [],
      unregister: [scriptId('https://journal.example.se/*'), scriptId('*://*.intranet.example.se/*')],
    });
  });
});

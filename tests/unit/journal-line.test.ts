import { describe, expect, it } from 'vitest';
import type { Channel } from '../../data/schema.ts';
import {
  DEFAULT_JOURNAL_TEMPLATE,
  journalLine,
  separatorBefore,
  swedishDate,
} from '../../lib/resource/journal-line.ts';

const base = { name: 'Kvinnofridslinjen', organisation: 'NCK, Uppsala universitet' };
const phone: Channel = { type: 'phone', number: '020-50 50 50', hours: 'unknown' };
const web: Channel = { type: 'web', url: 'https://kvinnofridslinjen.se/' };
const chat: Channel = { type: 'chat', url: 'https://example.org/chatt', hours: 'unknown' };
// 23:30 UTC on 30 November is already 1 December in Sweden.
const LATE_EVENING = new Date('2026-11-30T23:30:00Z');

describe('journalLine', () => {
  it('writes a neutral line with service, number and Swedish date, and no web address', () => {
    const line = journalLine({ ...base, channels: [phone, web] }, DEFAULT_JOURNAL_TEMPLATE, LATE_EVENING);
    expect(line).toBe('Hänvisning: Kvinnofridslinjen, tel. 020-50 50 50, 2026-12-01');
  });

  it('carries the address only when the template asks for it', () => {
    const line = journalLine({ ...base, channels: [phone, web] }, '{name}, {url}', LATE_EVENING);
    expect(line).toBe('Kvinnofridslinjen, https://kvinnofridslinjen.se/');
  });

  it('leaves out the phone part when there is no known number', () => {
    const unknown: Channel = { type: 'phone', number: 'unknown', hours: 'unknown' };
    const line = journalLine(
      { ...base, channels: [unknown, chat, web] },
      DEFAULT_JOURNAL_TEMPLATE,
      LATE_EVENING,
    );
    expect(line).toBe('Hänvisning: Kvinnofridslinjen, 2026-12-01');
  });

  it('prefers the chat address over the web site for {url}', () => {
    expect(journalLine({ ...base, channels: [web, chat] }, '{url}', LATE_EVENING)).toBe(
      'https://example.org/chatt',
    );
  });

  it('follows a custom template and keeps unknown placeholders visible', () => {
    const line = journalLine(
      { ...base, channels: [phone] },
      '{date}: {name} ({organisation}) {oops}',
      LATE_EVENING,
    );
    expect(line).toBe('2026-12-01: Kvinnofridslinjen (NCK, Uppsala universitet) {oops}');
  });

  it('writes the date in sv-SE form in Stockholm time', () => {
    expect(swedishDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(swedishDate(new Date('2026-01-05T12:00:00Z'))).toBe('2026-01-05');
  });
});

describe('separatorBefore', () => {
  it('separates the line from the last word: a new line in a multi-line field, else a space', () => {
    expect(separatorBefore('Mamma vet inte om det.', true)).toBe('\n');
    expect(separatorBefore('Mamma vet inte om det.', false)).toBe(' ');
  });

  it('adds nothing at the start of a field or after white space (a typed space, nbsp, a new line)', () => {
    expect(separatorBefore('', true)).toBe('');
    expect(separatorBefore('Sammanfattning: ', true)).toBe('');
    expect(separatorBefore('Plan:\u00a0', false)).toBe('');
    expect(separatorBefore('Rad ett\n', true)).toBe('');
  });
});

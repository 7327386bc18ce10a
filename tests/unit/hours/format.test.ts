import { describe, expect, it } from 'vitest';
import { formatStatus, formatWeek, type HoursLocale } from '../../../lib/hours/format.ts';
import { hoursStatus } from '../../../lib/hours/status.ts';
import { at, compiled } from './helpers.ts';

const OFFICE = 'Mo-Fr 09:00-16:00; PH off';
const NIGHT = 'Mo-Su 21:00-06:00';

function text(osm: string | 'unknown', iso: string, locale: HoursLocale): string {
  const now = at(iso);
  return formatStatus(hoursStatus(osm === 'unknown' ? 'unknown' : compiled(osm), now), now, locale);
}

describe('formatStatus in Swedish', () => {
  it.each([
    ['24/7', '2027-12-31T23:30:00Z', 'Öppet dygnet runt'],
    [OFFICE, '2027-03-02T14:59:00Z', 'Öppet nu · stänger 16:00'], // Tue 15:59
    [OFFICE, '2027-03-02T15:00:00Z', 'Stängt · öppnar i morgon 09:00'], // Tue 16:00
    [OFFICE, '2027-03-02T06:00:00Z', 'Stängt · öppnar kl. 09:00'], // Tue 07:00
    [OFFICE, '2027-03-06T11:00:00Z', 'Stängt · öppnar måndag 09:00'], // Sat
    [OFFICE, '2027-03-26T09:00:00Z', 'Stängt · öppnar tisdag 09:00'], // Good Friday
    [NIGHT, '2027-03-27T20:30:00Z', 'Öppet nu · stänger i morgon 06:00'], // DST night, 21:30
    [NIGHT, '2027-03-28T01:30:00Z', 'Öppet nu · stänger 06:00'], // 03:30 summer time
    [NIGHT, '2027-10-31T01:30:00Z', 'Öppet nu · stänger 06:00'], // second 02:30
    [NIGHT, '2027-12-31T23:30:00Z', 'Öppet nu · stänger 06:00'], // New Year's night
    ['Mo-Fr 08:00-24:00', '2027-03-02T18:00:00Z', 'Öppet nu · stänger 24:00'],
    ['Mo-Fr 09:00-16:00; Jul off', '2027-06-30T15:00:00Z', 'Stängt · öppnar 2 aug 09:00'],
    ['unknown', '2027-03-02T10:00:00Z', 'Öppettider: se webbplats'],
    [OFFICE, '2030-03-02T10:00:00Z', 'Öppettider: se webbplats'], // past the horizon
  ])('%s at %s → %s', (osm, iso, expected) => {
    expect(text(osm, iso, 'sv')).toBe(expected);
  });

  it('never calls unknown hours closed', () => {
    for (const iso of ['2027-03-02T10:00:00Z', '2027-03-06T23:00:00Z', '2031-01-01T00:00:00Z']) {
      expect(text('unknown', iso, 'sv')).not.toMatch(/stängt/i);
      expect(text(OFFICE, '2031-01-01T00:00:00Z', 'sv')).not.toMatch(/stängt/i);
    }
  });

  it('says only open/closed when the change is not known', () => {
    expect(formatStatus({ state: 'open', closesAt: null }, at('2027-03-02T10:00:00Z'), 'sv')).toBe(
      'Öppet nu',
    );
    expect(formatStatus({ state: 'closed', opensAt: null }, at('2027-03-02T10:00:00Z'), 'sv')).toBe('Stängt');
  });
});

describe('formatStatus in English', () => {
  it.each([
    ['24/7', '2027-06-01T12:00:00Z', 'Open 24 hours'],
    [OFFICE, '2027-03-02T14:59:00Z', 'Open now · closes 16:00'],
    [OFFICE, '2027-03-06T11:00:00Z', 'Closed · opens Monday 09:00'],
    [OFFICE, '2027-03-02T15:00:00Z', 'Closed · opens tomorrow 09:00'],
    [OFFICE, '2027-03-02T06:00:00Z', 'Closed · opens at 09:00'],
    ['unknown', '2027-03-02T10:00:00Z', 'Opening hours: see website'],
  ])('%s at %s → %s', (osm, iso, expected) => {
    expect(text(osm, iso, 'en')).toBe(expected);
  });
});

describe('formatWeek', () => {
  it.each([
    [OFFICE, 'sv', ['mån–fre 09:00–16:00', 'lör–sön stängt']],
    [OFFICE, 'en', ['Mon–Fri 09:00–16:00', 'Sat–Sun closed']],
    ['24/7', 'sv', ['mån–sön dygnet runt']],
    [NIGHT, 'sv', ['mån–sön 21:00–06:00']],
    ['Fr 21:00-06:00', 'sv', ['mån–tors stängt', 'fre 21:00–06:00', 'lör–sön stängt']],
    [
      'Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-12:00',
      'sv',
      ['mån–tors 08:00–12:00, 13:00–16:00', 'fre 08:00–12:00', 'lör–sön stängt'],
    ],
    ['Mo-Fr 09:00-16:00; Sa 10:00-12:00 unknown', 'sv', ['mån–fre 09:00–16:00', 'lör ?', 'sön stängt']],
  ] as const)('%s (%s)', (osm, locale, expected) => {
    expect(formatWeek(compiled(osm), locale)).toEqual(expected);
  });

  it('gives nothing for unknown hours', () => {
    expect(formatWeek('unknown', 'sv')).toEqual([]);
  });
});

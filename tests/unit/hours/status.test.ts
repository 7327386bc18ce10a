import { describe, expect, it } from 'vitest';
import { compileHours } from '../../../lib/hours/compile.ts';
import { hoursStatus } from '../../../lib/hours/status.ts';
import type { HoursStatus } from '../../../lib/hours/types.ts';
import { at, compiled } from './helpers.ts';

const OFFICE = 'Mo-Fr 09:00-16:00; PH off';
const EVES = 'Mo-Fr 09:00-16:00; Jun 19-25 Fr off; Dec 24,31 off; PH off';
const NIGHT = 'Mo-Su 21:00-06:00';

/** The status with Dates as ISO strings, for readable comparisons. */
function status(osm: string, iso: string): unknown {
  const s: HoursStatus = hoursStatus(compiled(osm), at(iso));
  if (s.state === 'open') return { open: s.closesAt?.toISOString() ?? null };
  if (s.state === 'closed') return { closed: s.opensAt?.toISOString() ?? null };
  return s.state;
}

describe('hoursStatus: office hours in Stockholm winter time (UTC+1)', () => {
  it('Tuesday 15:59 is open and closes 16:00', () => {
    expect(status(OFFICE, '2027-03-02T14:59:00Z')).toEqual({ open: '2027-03-02T15:00:00.000Z' });
  });
  it('Tuesday 16:00 is closed and opens Wednesday 09:00', () => {
    expect(status(OFFICE, '2027-03-02T15:00:00Z')).toEqual({ closed: '2027-03-03T08:00:00.000Z' });
  });
  it('Tuesday 08:59 opens the same day', () => {
    expect(status(OFFICE, '2027-03-02T07:59:00Z')).toEqual({ closed: '2027-03-02T08:00:00.000Z' });
  });
  it('Saturday opens Monday 09:00', () => {
    expect(status(OFFICE, '2027-03-06T11:00:00Z')).toEqual({ closed: '2027-03-08T08:00:00.000Z' });
  });
});

describe('hoursStatus: Swedish holidays and eves', () => {
  it('Good Friday (långfredag) 2027-03-26 is closed through Easter Monday; reopens in summer time', () => {
    expect(status(OFFICE, '2027-03-26T09:00:00Z')).toEqual({ closed: '2027-03-30T07:00:00.000Z' });
  });
  it('Thursday before Good Friday closes at 16:00 as usual', () => {
    expect(status(OFFICE, '2027-03-25T10:00:00Z')).toEqual({ open: '2027-03-25T15:00:00.000Z' });
  });
  it('midsommarafton (Fri 2027-06-25) is closed when written as "Jun 19-25 Fr off"', () => {
    expect(status(EVES, '2027-06-25T08:00:00Z')).toEqual({ closed: '2027-06-28T07:00:00.000Z' });
    // Without the eve rule the library treats it as a working day: the rule is what closes it.
    expect(status(OFFICE, '2027-06-25T08:00:00Z')).toEqual({ open: '2027-06-25T14:00:00.000Z' });
  });
  it('midsommarafton in 2028 (Fri 2028-06-23) follows the same rule, the Friday before is not hit', () => {
    expect(status(EVES, '2028-06-23T08:00:00Z')).toEqual({ closed: '2028-06-26T07:00:00.000Z' });
    expect(status(EVES, '2028-06-16T08:00:00Z')).toEqual({ open: '2028-06-16T14:00:00.000Z' });
  });
  it('julafton and nyårsafton ("Dec 24,31 off") are closed', () => {
    expect(status(EVES, '2027-12-24T10:00:00Z')).toEqual({ closed: '2027-12-27T08:00:00.000Z' });
    expect(status(EVES, '2027-12-31T10:00:00Z')).toEqual({ closed: '2028-01-03T08:00:00.000Z' });
    expect(status(EVES, '2027-12-30T10:00:00Z')).toEqual({ open: '2027-12-30T15:00:00.000Z' });
  });
  it('a weekday holiday (trettondedag jul, Wed 2027-01-06) is closed by "PH off"', () => {
    expect(status(OFFICE, '2027-01-06T10:00:00Z')).toEqual({ closed: '2027-01-07T08:00:00.000Z' });
  });
});

describe('hoursStatus: around the clock and overnight services', () => {
  it('New Year’s night 00:30 for 24/7 is "always"', () => {
    expect(status('24/7', '2027-12-31T23:30:00Z')).toBe('always');
  });
  it('New Year’s night 00:30 for 21:00-06:00 is open until 06:00', () => {
    expect(status(NIGHT, '2027-12-31T23:30:00Z')).toEqual({ open: '2028-01-01T05:00:00.000Z' });
  });
  it('an overnight interval is open on both sides of midnight and closed at midday', () => {
    expect(status(NIGHT, '2027-05-04T20:00:00Z')).toEqual({ open: '2027-05-05T04:00:00.000Z' });
    expect(status(NIGHT, '2027-05-04T10:00:00Z')).toEqual({ closed: '2027-05-04T19:00:00.000Z' });
  });
  it('24/7 with a closed day is open with a closing time, not "always"', () => {
    expect(status('open; Dec 24 off', '2027-12-20T12:00:00Z')).toEqual({ open: '2027-12-23T23:00:00.000Z' });
    expect(status('open; Dec 24 off', '2027-12-24T12:00:00Z')).toEqual({
      closed: '2027-12-24T23:00:00.000Z',
    });
  });
});

describe('hoursStatus: DST switch nights 2027', () => {
  it('spring (28 March, 02:00→03:00): an 8-hour night, closes 06:00 summer time = 04:00 UTC', () => {
    expect(status(NIGHT, '2027-03-27T20:00:00Z')).toEqual({ open: '2027-03-28T04:00:00.000Z' });
    expect(status(NIGHT, '2027-03-28T00:30:00Z')).toEqual({ open: '2027-03-28T04:00:00.000Z' });
    expect(status(NIGHT, '2027-03-28T01:30:00Z')).toEqual({ open: '2027-03-28T04:00:00.000Z' });
    expect(status(NIGHT, '2027-03-28T03:59:00Z')).toEqual({ open: '2027-03-28T04:00:00.000Z' });
    expect(status(NIGHT, '2027-03-28T04:00:00Z')).toEqual({ closed: '2027-03-28T19:00:00.000Z' });
  });
  it('autumn (31 October, 03:00→02:00): a 10-hour night, closes 06:00 winter time = 05:00 UTC', () => {
    expect(status(NIGHT, '2027-10-30T19:00:00Z')).toEqual({ open: '2027-10-31T05:00:00.000Z' });
    expect(status(NIGHT, '2027-10-31T00:30:00Z')).toEqual({ open: '2027-10-31T05:00:00.000Z' });
    expect(status(NIGHT, '2027-10-31T01:30:00Z')).toEqual({ open: '2027-10-31T05:00:00.000Z' });
    expect(status(NIGHT, '2027-10-31T04:59:00Z')).toEqual({ open: '2027-10-31T05:00:00.000Z' });
    expect(status(NIGHT, '2027-10-31T05:00:00Z')).toEqual({ closed: '2027-10-31T20:00:00.000Z' });
  });
  it('a closing time inside the repeated hour is never reported in the past', () => {
    const late = 'Mo-Su 20:00-02:30';
    // 02:15 on the first pass (summer time) closes at the first 02:30 …
    expect(status(late, '2027-10-31T00:15:00Z')).toEqual({ open: '2027-10-31T00:30:00.000Z' });
    // … and on the second pass (winter time) at the second one.
    expect(status(late, '2027-10-31T01:15:00Z')).toEqual({ open: '2027-10-31T01:30:00.000Z' });
  });
});

describe('hoursStatus: never guesses', () => {
  it('"unknown" hours are unknown', () => {
    expect(hoursStatus('unknown', at('2027-03-02T10:00:00Z'))).toEqual({ state: 'unknown' });
  });
  it('past the horizon and before the start are unknown, also for 24/7', () => {
    const short = compileHours('24/7', at('2027-01-01T00:00:00Z'), 30);
    expect(short.to).toBe('2027-01-31');
    expect(hoursStatus(short, at('2027-01-30T22:59:00Z')).state).toBe('always');
    expect(hoursStatus(short, at('2027-01-30T23:00:00Z')).state).toBe('unknown');
    expect(hoursStatus(short, at('2026-12-31T22:59:00Z')).state).toBe('unknown');
    expect(status(OFFICE, '2029-01-01T10:00:00Z')).toBe('unknown');
  });
  it('an opening or closing beyond the horizon is null, not invented', () => {
    const c = compileHours(OFFICE, at('2027-03-01T00:00:00Z'), 5); // Mon 1 – Fri 5 March
    expect(hoursStatus(c, at('2027-03-05T16:00:00Z'))).toEqual({ state: 'closed', opensAt: null });
    const open = compileHours('Mo-Su 00:00-24:00', at('2027-03-01T00:00:00Z'), 5);
    expect(hoursStatus(open, at('2027-03-02T10:00:00Z')).state).toBe('always');
    const mostly = compileHours('open; Mo 10:00-11:00 off', at('2027-03-01T00:00:00Z'), 3);
    expect(hoursStatus(mostly, at('2027-03-02T10:00:00Z'))).toEqual({ state: 'open', closesAt: null });
  });
  it('days the engine calls unknown are unknown, and no opening is promised across them', () => {
    const osm = 'Mo-Fr 09:00-16:00; Sa 10:00-12:00 unknown';
    expect(status(osm, '2027-03-06T08:00:00Z')).toBe('unknown');
    expect(status(osm, '2027-03-05T16:00:00Z')).toEqual({ closed: null });
  });
  it('an invalid date or a malformed compiled value is unknown', () => {
    expect(hoursStatus(compiled(OFFICE), new Date(Number.NaN)).state).toBe('unknown');
    expect(hoursStatus({ ...compiled(OFFICE), to: 'soon' }, at('2027-03-02T10:00:00Z')).state).toBe(
      'unknown',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { checkHours, compileHours } from '../../../lib/hours/compile.ts';
import { at, compiled } from './helpers.ts';

describe('checkHours', () => {
  it.each([
    'Mo-Fr 09:00-16:00; PH off',
    '24/7',
    'Mo-Su 21:00-06:00',
    'Mo-Fr 09:00-16:00; Jun 19-25 Fr off; Dec 24,31 off; PH off',
    'open; Dec 24 off',
  ])('accepts %j', (osm) => {
    expect(checkHours(osm)).toBeNull();
  });

  it('rejects broken syntax with the engine’s own explanation', () => {
    const message = checkHours('Mo-Fr 09:00-16:00; Xyz off');
    expect(message).toMatch(/^not valid opening_hours syntax: /);
    expect(message).toMatch(/Unexpected token/);
    expect(message?.length).toBeLessThanOrEqual(300);
  });

  it('rejects the empty string', () => {
    expect(checkHours('  ')).toBe('opening_hours expression is empty');
  });

  it('rejects what the engine only accepts with a warning, quoting the warning', () => {
    expect(checkHours('Mo-Fr 9-16')).toMatch(/^opening_hours warns: .*09:00-16:00/);
    expect(checkHours('24/7; Dec 24 off')).toMatch(/^opening_hours warns: .*24\/7/);
  });
});

describe('compileHours', () => {
  it('compiles office hours to a weekly pattern plus the weekday holidays of the horizon', () => {
    const c = compiled('Mo-Fr 09:00-16:00; PH off');
    expect(c.v).toBe(1);
    expect(c.from).toBe('2027-01-01');
    expect(c.to).toBe('2029-01-01');
    expect(c.always).toBeUndefined();
    expect(c.week).toEqual([[540, 960], [540, 960], [540, 960], [540, 960], [540, 960], [], []]);
    // Weekday public holidays in 2027 and 2028 (Swedish calendar); weekend holidays need no entry.
    expect(Object.keys(c.ex ?? {})).toEqual([
      '2027-01-01', // nyårsdagen (Fri)
      '2027-01-06', // trettondedag jul
      '2027-03-26', // långfredagen
      '2027-03-29', // annandag påsk
      '2027-05-06', // Kristi himmelsfärdsdag
      '2028-01-06',
      '2028-04-14',
      '2028-04-17',
      '2028-05-01',
      '2028-05-25',
      '2028-06-06', // nationaldagen (Tue)
      '2028-12-25',
      '2028-12-26',
    ]);
    expect(Object.values(c.ex ?? {}).every((h) => Array.isArray(h) && h.length === 0)).toBe(true);
  });

  it('splits an overnight interval at midnight', () => {
    expect(compiled('Mo-Su 21:00-06:00').week).toEqual(Array(7).fill([0, 360, 1260, 1440]));
  });

  it('marks 24/7 as always and keeps the JSON small', () => {
    const c = compiled('24/7');
    expect(c.always).toBe(true);
    expect(c.ex).toBeUndefined();
    expect(JSON.stringify(c).length).toBeLessThan(200);
  });

  it('adds eves as exceptions only where written', () => {
    const ex = compiled('Mo-Fr 09:00-16:00; Jun 19-25 Fr off; Dec 24,31 off; PH off').ex ?? {};
    expect(ex['2027-06-25']).toEqual([]);
    expect(ex['2027-12-24']).toEqual([]);
    expect(ex['2027-12-31']).toEqual([]);
    expect(ex['2028-06-23']).toEqual([]);
    expect(ex['2027-06-18']).toBeUndefined();
  });

  it('records days with an engine "unknown" as null', () => {
    const c = compiled('Mo-Fr 09:00-16:00; Sa 10:00-12:00 unknown');
    expect(c.week[5]).toBeNull();
    expect(c.week[6]).toEqual([]);
  });

  it('starts on the Stockholm date of `from`, not the UTC date', () => {
    // 23:30 UTC on 1 Jan is 00:30 on 2 Jan in Stockholm.
    const c = compileHours('24/7', at('2027-01-01T23:30:00Z'), 10);
    expect(c.from).toBe('2027-01-02');
    expect(c.to).toBe('2027-01-12');
  });

  it('throws the checkHours message for invalid syntax', () => {
    expect(() => compileHours('Mo-Fr 25:00-26:00 bogus', at('2027-01-01T00:00:00Z'))).toThrow(
      /not valid opening_hours syntax/,
    );
  });

  it('refuses an invalid start date', () => {
    expect(() => compileHours('24/7', new Date(Number.NaN))).toThrow(/valid date/);
  });

  it('puts seasonal rules into exceptions and the common case into the week', () => {
    const c = compileHours('Mo-Fr 09:00-16:00; Jul Mo-Fr 10:00-12:00', at('2027-01-01T00:00:00Z'), 365);
    expect(c.week[0]).toEqual([540, 960]);
    expect(c.ex?.['2027-07-01']).toEqual([600, 720]);
    expect(Object.keys(c.ex ?? {})).toHaveLength(22); // weekdays in July 2027
  });
});

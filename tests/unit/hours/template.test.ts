/**
 * Compiling by shape (lib/hours/template.ts) must give exactly what compileHours gives: for the
 * catalogue's own expressions, for generated national ones, and for the edge cases of the mapping
 * (overnight, touching intervals, midnight, open ends, sunrise, which are compiled directly).
 */
import { describe, expect, it } from 'vitest';
import { checkHours, compileHours, DEFAULT_HORIZON_DAYS } from '../../../lib/hours/compile.ts';
import { HoursCompiler, shapedCheck, shapeOf } from '../../../lib/hours/template.ts';
import { hoursPool, seeded } from '../../../scripts/lib/national-parts.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

const FROM = new Date('2027-03-01T10:00:00Z');
const OWN = (await realCatalogue()).resources.flatMap((r) =>
  r.channels.flatMap((c) =>
    'hours' in c && typeof c.hours === 'object' && 'osm' in c.hours ? [c.hours.osm] : [],
  ),
);
const EDGES = [
  'Mo-Fr 22:00-06:00',
  'Mo-Fr 08:00-12:00,12:00-16:00',
  'Mo-Fr 00:00-24:00; PH off',
  'Mo-Su 07:00-21:00; Dec 24 07:00-13:00; Dec 25 off',
  'Mo-Fr 09:00+',
  'Mo-Fr sunrise-sunset',
  'Mo-Fr 08:00-16:00 "efter bokning"',
  'We 13:30-15:45; Mo,Fr 13:30-16:00; week 1-26 Tu 10:00-11:00',
  'Mo-Fr 08:00-16:30; Jun 20-Aug 10 off; PH off',
];

function compileAll(list: readonly string[]) {
  const compiler = new HoursCompiler(FROM, DEFAULT_HORIZON_DAYS);
  const out = list.map((osm) => {
    const task = compiler.compile(osm);
    for (;;) {
      const step = task.next();
      if (step.done) return step.value;
    }
  });
  return { out, compilations: compiler.compilations };
}

describe('compiling opening hours by shape', () => {
  it('gives what compileHours gives, expression by expression', () => {
    const pool = hoursPool(seeded(7), 40).slice(0, 24);
    const list = [...new Set([...OWN, ...EDGES, ...pool])];
    const { out, compilations } = compileAll(list);
    list.forEach((osm, i) => {
      expect(out[i], osm).toEqual(compileHours(osm, FROM));
    });
    expect(compilations).toBeLessThan(list.length);
  }, 120_000);

  it('compiles what the mapping cannot account for as it is', () => {
    for (const osm of [
      'Mo-Fr 09:00+',
      'Mo-Fr sunrise-sunset',
      'Mo 08:00-16:00 "x"',
      'Mo 10:00-26:00',
      '24/7',
    ])
      expect(shapeOf(osm), osm).toBeNull();
    expect(shapeOf('Mo-Fr 08:15-16:00; Sa 10:00-14:00')?.osm).toBe('Mo-Fr 05:30-07:00; Sa 06:00-06:30');
  });

  it('checks one expression per shape, and gives a bad one its own message', () => {
    const calls: string[] = [];
    const check = shapedCheck((osm) => {
      calls.push(osm);
      return checkHours(osm);
    });
    expect(check('Mo-Fr 08:00-16:00; PH off')).toBeNull();
    expect(check('Mo-Fr 09:00-17:30; PH off')).toBeNull();
    expect(calls).toHaveLength(1);
    const bad = 'Mo-Fr 08:00-16:00; Sa,Su,PH 00:00-24:00 blah';
    expect(check(bad)).toBe(checkHours(bad));
    expect(check(bad)).toMatch(/opening_hours|syntax/);
  });
});

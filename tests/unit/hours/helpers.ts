/**
 * Test helpers written independently of lib/hours/stockholm.ts, so the tests do not check the
 * time-zone code against itself.
 *
 * Run these tests in other process zones too; the results must not change:
 *   TZ=UTC npx vitest run tests/unit/hours
 *   TZ=America/New_York npx vitest run tests/unit/hours
 * (zone.test.ts also switches process.env.TZ inside one run.)
 */
import { compileHours } from '../../../lib/hours/compile.ts';
import type { CompiledHours } from '../../../lib/hours/types.ts';

/** Compiled from 2027-01-01 (Stockholm) for the default two-year horizon. */
export const FROM = new Date('2027-01-01T00:00:00Z');

const cache = new Map<string, CompiledHours>();
export function compiled(osm: string): CompiledHours {
  let c = cache.get(osm);
  if (!c) {
    c = compileHours(osm, FROM);
    cache.set(osm, c);
  }
  return c;
}

const fmt = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

/** "2027-03-28 06:00" in Stockholm wall-clock. */
export function stockholm(d: Date): string {
  const p = Object.fromEntries(fmt.formatToParts(d).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Wall-clock fields of an instant in Stockholm, numbers. */
export function stockholmFields(d: Date): { y: number; mo: number; d: number; h: number; mi: number } {
  const p = Object.fromEntries(fmt.formatToParts(d).map((x) => [x.type, Number(x.value)]));
  return { y: p.year ?? 0, mo: (p.month ?? 1) - 1, d: p.day ?? 1, h: p.hour ?? 0, mi: p.minute ?? 0 };
}

export const at = (iso: string): Date => new Date(iso);

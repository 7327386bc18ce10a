/**
 * For random instants, the compiled status must agree with the opening_hours engine asked
 * directly (brute force, minute by minute through getNextChange), and the next change it
 * announces must lie in the future.
 */
import fc from 'fast-check';
import OpeningHours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { SWEDEN } from '../../../lib/hours/compile.ts';
import { hoursStatus } from '../../../lib/hours/status.ts';
import { compiled, stockholm, stockholmFields } from './helpers.ts';

const EXPRESSIONS = [
  'Mo-Fr 09:00-16:00; Jun 19-25 Fr off; Dec 24,31 off; PH off',
  'Mo-Su 21:00-06:00',
  'Mo-Th 08:00-12:00,13:00-16:30; Fr 08:00-12:00; PH off',
  'open; Dec 24 off',
];
const START = Date.UTC(2027, 0, 1, 1);
const END = Date.UTC(2028, 11, 31, 22); // the horizon ends 2029-01-01 Stockholm

/** Stockholm wall-clock of `t` as a Date in the process zone (the engine's view); null in a local gap. */
function engineDate(t: Date): Date | null {
  const f = stockholmFields(t);
  const local = new Date(f.y, f.mo, f.d, f.h, f.mi);
  return local.getHours() === f.h && local.getMinutes() === f.mi ? local : null;
}

/** "YYYY-MM-DD HH:MM" of a process-zone Date, i.e. of the Stockholm wall-clock it stands for. */
function wall(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

describe('hoursStatus agrees with the opening_hours engine', () => {
  it.each(EXPRESSIONS)('%s', (osm) => {
    const engine = new OpeningHours(osm, SWEDEN, 0);
    const c = compiled(osm);
    const horizon = new Date(2029, 0, 1);
    fc.assert(
      fc.property(fc.integer({ min: START / 60_000, max: END / 60_000 }), (minutes) => {
        const now = new Date(minutes * 60_000);
        const local = engineDate(now);
        fc.pre(local !== null);
        if (local === null) return;
        const open = engine.getState(local);
        const status = hoursStatus(c, now);
        expect(status.state).toBe(open ? 'open' : 'closed');
        const change =
          status.state === 'open' ? status.closesAt : status.state === 'closed' ? status.opensAt : null;

        // The engine may report changes where only the rule changes; skip to a real state change.
        let next: Date | undefined = local;
        do next = engine.getNextChange(next, horizon);
        while (next !== undefined && next < horizon && engine.getState(next) === open);

        if (next === undefined || next >= horizon) {
          expect(change).toBeNull();
        } else {
          expect(change).not.toBeNull();
          expect(change?.getTime()).toBeGreaterThan(now.getTime());
          expect(stockholm(change ?? now)).toBe(wall(next));
        }
      }),
      { numRuns: 40, seed: 20270328 },
    );
  });
});

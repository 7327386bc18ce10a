/**
 * The opening-hours engine is slow the first time it runs: its code is compiled lazily, so the
 * first expression it reads costs 25–40 ms in Node and more in a cold service worker, all in one
 * piece of work that cannot pause. Reading a few small expressions first, from the simplest up,
 * spreads that cost over pieces of its own (lib/ingest runs this before it checks a document's
 * hours). The results are thrown away; the expressions are valid.
 */
import { checkHours, compileSteps } from './compile.ts';

/** Each reaches a little more of the engine than the one before it. */
export const WARM_EXPRESSIONS = [
  '24/7',
  'Mo 08:00-16:00',
  'Mo-Fr 08:00-16:00; PH off',
  'Mo,We 08:00-12:00,13:00-16:00; Sa 10:00-14:00',
  'Mo-Fr 08:00-16:00; Jul off',
  'Mo-Fr 08:00-16:00; Jun 20-Aug 10 off',
  'Mo-Fr 08:00-16:00; week 28-31 off',
] as const;

/** Checks and evaluates (a week from `firstDay`) each warm-up expression, pausing after each. */
export function* warmHoursSteps(firstDay: number): Generator<void, void, void> {
  for (const osm of WARM_EXPRESSIONS) {
    checkHours(osm);
    yield;
    yield* compileSteps(osm, firstDay, 7);
    yield;
  }
}

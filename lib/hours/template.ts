/**
 * A national catalogue has thousands of opening-hours expressions, but few shapes: most differ
 * only in their times ("Mo-Fr 08:00-16:30; PH off", "Mo-Fr 08:15-16:00; PH off"). The engine's
 * result depends on the times only through their order and equality, so an expression whose times
 * are plain HH:MM is compiled once per shape, with stand-in times in the same order, and the
 * stand-ins are mapped back. Anything the mapping cannot account for (sunrise, "+" open ends,
 * periods, comments, 24:00 or later, a minute in the result that is no stand-in) is compiled
 * directly, so the result always equals compileHours'. Tested against it (tests/unit/hours).
 */
import { compileSteps } from './compile.ts';
import { toWall } from './stockholm.ts';
import type { CompiledHours, DayHours } from './types.ts';

const TIME = /\b(\d{2}):(\d{2})\b/g;
/** Anything whose meaning is not just the order of its times. */
const NOT_PLAIN = /["+/]|sunrise|sunset|dawn|dusk|\d{2}:\d{2}:\d{2}/i;
/** Stand-ins from 05:00 in half hours: away from midnight and from the hours a DST change skips. */
const FIRST_STAND_IN = 5 * 60;
const STEP = 30;
const MAX_TIMES = Math.floor((24 * 60 - FIRST_STAND_IN) / STEP) - 1;

export interface Shape {
  /** The expression with stand-in times */
  osm: string;
  /** Stand-in minute → the expression's own minute */
  back: Map<number, number>;
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** The shape of `osm`, or null when it must be compiled as it is. */
export function shapeOf(osm: string): Shape | null {
  if (NOT_PLAIN.test(osm)) return null;
  const minutes = new Set<number>();
  for (const [, h, m] of osm.matchAll(TIME)) {
    const minute = Number(h) * 60 + Number(m);
    if (minute <= 0 || minute >= 24 * 60 || Number(m) > 59) return null;
    minutes.add(minute);
  }
  if (minutes.size === 0 || minutes.size > MAX_TIMES) return null;
  const sorted = [...minutes].sort((a, b) => a - b);
  const to = new Map(sorted.map((m, i) => [m, FIRST_STAND_IN + STEP * (i + 1)]));
  const back = new Map(sorted.map((m, i) => [FIRST_STAND_IN + STEP * (i + 1), m]));
  const shaped = osm.replace(TIME, (_all, h: string, m: string) =>
    hhmm(to.get(Number(h) * 60 + Number(m)) as number),
  );
  return { osm: shaped, back };
}

function mapDay(day: DayHours, back: ReadonlyMap<number, number>): DayHours | undefined {
  if (day === null) return null;
  const out: number[] = [];
  for (const minute of day) {
    if (minute === 0 || minute === 1440) out.push(minute);
    else {
      const own = back.get(minute);
      if (own === undefined) return undefined;
      out.push(own);
    }
  }
  return out;
}

/** The shape's compiled hours with the expression's own times, or null when a minute is unaccounted for. */
export function unshape(compiled: CompiledHours, back: ReadonlyMap<number, number>): CompiledHours | null {
  const week: DayHours[] = [];
  for (const day of compiled.week) {
    const own = mapDay(day, back);
    if (own === undefined) return null;
    week.push(own);
  }
  const out: CompiledHours = { ...compiled, week };
  if (compiled.ex) {
    const ex: Record<string, DayHours> = {};
    for (const [date, day] of Object.entries(compiled.ex)) {
      const own = mapDay(day, back);
      if (own === undefined) return null;
      ex[date] = own;
    }
    out.ex = ex;
  }
  return out;
}

/** Compiles many expressions from one start day, sharing the work of expressions of one shape. */
export class HoursCompiler {
  private readonly shapes = new Map<string, CompiledHours>();
  readonly first: number;
  /** How many engine compilations ran (shapes plus direct ones), for the benchmark */
  compilations = 0;

  constructor(
    from: Date,
    readonly horizonDays: number,
  ) {
    this.first = toWall(from.getTime()).day;
  }

  /** Same result as compileHours(osm, from, horizonDays); pauses between windows of days. */
  *compile(osm: string): Generator<void, CompiledHours, void> {
    const shape = shapeOf(osm);
    if (shape) {
      let shaped = this.shapes.get(shape.osm);
      if (!shaped) {
        this.compilations += 1;
        shaped = yield* compileSteps(shape.osm, this.first, this.horizonDays);
        this.shapes.set(shape.osm, shaped);
      }
      const own = unshape(shaped, shape.back);
      if (own) return own;
    }
    this.compilations += 1;
    return yield* compileSteps(osm, this.first, this.horizonDays);
  }
}

/**
 * checkHours for many expressions: an expression whose shape is clean is clean (its times only
 * moved, in the same order), so each shape is checked once; a shape with a problem sends the
 * expression itself to `check`, for a message with its own times.
 */
export function shapedCheck(check: (osm: string) => string | null): (osm: string) => string | null {
  const shapes = new Map<string, string | null>();
  return (osm) => {
    const shape = shapeOf(osm);
    if (shape) {
      if (!shapes.has(shape.osm)) shapes.set(shape.osm, check(shape.osm));
      if (shapes.get(shape.osm) === null) return null;
    }
    return check(osm);
  };
}

/**
 * Build-time side of opening hours: validates opening_hours expressions and compiles them into
 * the small CompiledHours JSON (see types.ts) that the popup evaluates without the engine.
 * Runs in Node (build, catalogue CLI) and in the background service worker.
 *
 * Time zones: the opening_hours engine reads and writes Dates in the process's local zone, which
 * may be UTC (CI) or anything (the user's browser). We therefore feed it Stockholm wall-clock
 * dates disguised as local dates and read the results back as wall-clock fields, never as
 * instants. The one residue: on the day the *process* zone itself skips an hour, an opening or
 * closing time inside that skipped hour comes back an hour late (Stockholm's own skipped hour does
 * not exist anyway). UTC has no such day, so build-time compilation is exact.
 */
import OpeningHours from 'opening_hours';
import { DAY, isoDate, toWall, weekdayOf } from './stockholm.ts';
import type { CompiledHours, DayHours } from './types.ts';

/** About two years. */
export const DEFAULT_HORIZON_DAYS = 731;

/**
 * Where the engine takes public holidays from: country "se" has Sweden's statutory holidays
 * (nyårsdagen … annandag jul, incl. långfredagen and midsommardagen, not the eves). The
 * coordinates (Halmstad) only matter for expressions such as "sunset".
 */
export const SWEDEN = { lat: 56.67, lon: 12.86, address: { country_code: 'se', state: '' } };

const CONF = { mode: 0, tag_key: 'opening_hours', map_value: false, warnings_severity: 4, locale: 'en' };

function parse(osm: string): OpeningHours {
  return new OpeningHours(osm, SWEDEN, CONF);
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 240 ? `${flat.slice(0, 239)}…` : flat;
}

/** null when `osm` is a clean opening_hours expression, else an English message for editors. */
export function checkHours(osm: string): string | null {
  if (osm.trim() === '') return 'opening_hours expression is empty';
  let engine: OpeningHours;
  try {
    engine = parse(osm);
  } catch (err) {
    return `not valid opening_hours syntax: ${short(err instanceof Error ? err.message : String(err))}`;
  }
  // Warnings mean the engine had to guess what was meant; the catalogue should say it exactly.
  const warnings = engine.getWarnings();
  return warnings.length === 0 ? null : `opening_hours warns: ${short(warnings.join(' | '))}`;
}

/** The local-zone Date whose wall-clock fields equal the start of Stockholm epoch day `day`. */
function localMidnight(day: number): Date {
  const d = new Date(day * DAY);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
}

function localDay(d: Date): number {
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY;
}

function localMinute(d: Date): number {
  return d.getHours() * 60 + d.getMinutes();
}

/** Adds [start, end) of day `i`, merging with a touching previous interval. */
function add(days: DayHours[], i: number, start: number, end: number, unknown: boolean): void {
  const h = days[i];
  if (h === undefined || h === null || end <= start) return;
  if (unknown) days[i] = null;
  else if (h[h.length - 1] === start) h[h.length - 1] = end;
  else h.push(start, end);
}

/** The hours of every day in the horizon, index 0 = first day. */
function evaluate(engine: OpeningHours, first: number, count: number): DayHours[] {
  const days: DayHours[] = Array.from({ length: count }, () => []);
  for (const [a, b, unknown] of engine.getOpenIntervals(localMidnight(first), localMidnight(first + count))) {
    let i = localDay(a) - first;
    let m = localMinute(a);
    const last = localDay(b) - first;
    const lastMinute = localMinute(b);
    while (i < last || (i === last && m < lastMinute)) {
      add(days, i, m, i < last ? 1440 : lastMinute, unknown);
      i += 1;
      m = 0;
    }
  }
  return days;
}

/**
 * Days evaluated in one piece of compileSteps. The engine recomputes the holidays of a year for
 * almost every date it checks, so a schedule with "PH" costs 20–40 ms over two years; in windows
 * of about two months a piece stays a few milliseconds.
 */
export const WINDOW_DAYS = 61;

/**
 * Compiles `osm` for `horizonDays` Stockholm days starting with the day of `from`.
 * Throws an Error with checkHours' message when the syntax is invalid (warnings do not throw).
 * Costs tens of milliseconds: callers compiling a whole catalogue should compile each distinct
 * expression once.
 */
export function compileHours(osm: string, from: Date, horizonDays = DEFAULT_HORIZON_DAYS): CompiledHours {
  if (!Number.isFinite(from.getTime())) throw new Error('compileHours: `from` is not a valid date');
  return compile(osm, toWall(from.getTime()).day, Math.max(1, Math.floor(horizonDays)));
}

function compile(osm: string, first: number, count: number): CompiledHours {
  const steps = compileSteps(osm, first, count);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * compileHours as a task that pauses (yields) between windows of WINDOW_DAYS days, for work that
 * must not block (lib/ingest). Intervals never cross a window, since windows start at midnight
 * and every interval is cut at midnight anyway.
 */
export function* compileSteps(
  osm: string,
  first: number,
  count: number,
): Generator<void, CompiledHours, void> {
  let engine: OpeningHours;
  try {
    engine = parse(osm);
  } catch {
    throw new Error(checkHours(osm) ?? 'not valid opening_hours syntax');
  }
  const days: DayHours[] = [];
  for (let start = 0; start < count; start += WINDOW_DAYS) {
    yield;
    for (const day of evaluate(engine, first + start, Math.min(WINDOW_DAYS, count - start))) days.push(day);
  }
  return summarise(days, first, count);
}

function summarise(days: DayHours[], first: number, count: number): CompiledHours {
  const keys = days.map((h) => JSON.stringify(h));

  const week: DayHours[] = [];
  const weekKeys: string[] = [];
  for (let wd = 0; wd < 7; wd++) {
    const tally = new Map<string, number>();
    keys.forEach((k, i) => {
      if (weekdayOf(first + i) === wd) tally.set(k, (tally.get(k) ?? 0) + 1);
    });
    let best = 'null';
    for (const [k, n] of tally) if (n > (tally.get(best) ?? 0)) best = k;
    weekKeys.push(best);
    week.push(JSON.parse(best) as DayHours);
  }

  const ex: Record<string, DayHours> = {};
  let exceptions = 0;
  keys.forEach((k, i) => {
    if (k !== weekKeys[weekdayOf(first + i)]) {
      ex[isoDate(first + i)] = days[i] ?? null;
      exceptions += 1;
    }
  });

  const compiled: CompiledHours = { v: 1, from: isoDate(first), to: isoDate(first + count), week };
  if (keys.every((k) => k === '[0,1440]')) compiled.always = true;
  if (exceptions > 0) compiled.ex = ex;
  return compiled;
}

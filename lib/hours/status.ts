/**
 * Open or closed right now, from compiled hours. Runs in the popup: no dependencies, no engine.
 * Never guesses: outside the compiled horizon, or on a day the engine called unknown, the answer
 * is "unknown", and a change that would happen beyond the horizon is reported as null.
 */
import { dayOfIso, fromWall, isoDate, toWall, weekdayOf } from './stockholm.ts';
import type { CompiledHours, DayHours, HoursStatus } from './types.ts';

const UNKNOWN: HoursStatus = { state: 'unknown' };

/** Hours on a Stockholm epoch day, ignoring the horizon. */
export function hoursOnDay(c: CompiledHours, day: number): DayHours {
  const ex = c.ex?.[isoDate(day)];
  return (ex !== undefined ? ex : c.week[weekdayOf(day)]) ?? null;
}

export function hoursStatus(compiled: CompiledHours | 'unknown', now: Date): HoursStatus {
  if (compiled === 'unknown' || compiled.v !== 1) return UNKNOWN;
  const t = now.getTime();
  if (!Number.isFinite(t)) return UNKNOWN;
  const { day, minute } = toWall(t);
  const end = dayOfIso(compiled.to);
  // Written so that NaN (malformed dates or an invalid `now`) also lands on "unknown".
  if (!(day >= dayOfIso(compiled.from) && day < end)) return UNKNOWN;
  if (compiled.always) return { state: 'always' };
  const today = hoursOnDay(compiled, day);
  if (today === null) return UNKNOWN;
  for (let i = 0; i + 1 < today.length; i += 2) {
    const start = today[i] ?? 0;
    const stop = today[i + 1] ?? 0;
    if (minute < start) return { state: 'closed', opensAt: fromWall(day, start, t) };
    if (minute < stop) return { state: 'open', closesAt: closing(compiled, day, stop, end, t) };
  }
  return { state: 'closed', opensAt: opening(compiled, day + 1, end, t) };
}

/** Follows an open interval across midnights until it really ends. */
function closing(c: CompiledHours, day: number, stop: number, end: number, t: number): Date | null {
  let d = day;
  let m = stop;
  while (m === 1440) {
    d += 1;
    if (d >= end) return null;
    const h = hoursOnDay(c, d);
    if (h === null) return null;
    if (h[0] !== 0) return fromWall(d, 0, t);
    m = h[1] ?? 0;
  }
  return fromWall(d, m, t);
}

/** First opening on or after the start of `from`; null if unknown or beyond the horizon. */
function opening(c: CompiledHours, from: number, end: number, t: number): Date | null {
  for (let d = from; d < end; d++) {
    const h = hoursOnDay(c, d);
    if (h === null) return null;
    const start = h[0];
    if (start !== undefined) return fromWall(d, start, t);
  }
  return null;
}

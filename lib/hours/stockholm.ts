/**
 * Europe/Stockholm wall clock, independent of the process time zone (CI runs in UTC, the browser
 * in the user's zone). Days are counted as "epoch days": whole days since 1970-01-01 of the wall
 * clock, so calendar arithmetic is plain integer arithmetic.
 * Dependency-free: this ships in the popup.
 */
const MINUTE = 60_000;
const HOUR = 3_600_000;
export const DAY = 86_400_000;

let formatter: Intl.DateTimeFormat | undefined;
const offsets = new Map<number, number>();

/** Stockholm's UTC offset in minutes at instant `t`. */
export function offsetAt(t: number): number {
  // Swedish offsets only change on whole UTC hours, so one Intl call per hour is enough.
  const hour = Math.floor(t / HOUR);
  const cached = offsets.get(hour);
  if (cached !== undefined) return cached;
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: 'Europe/Stockholm',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  });
  const f: Record<string, number> = {};
  for (const p of formatter.formatToParts(hour * HOUR)) f[p.type] = Number(p.value);
  const wall = Date.UTC(f.year ?? 0, (f.month ?? 1) - 1, f.day ?? 1, f.hour ?? 0, f.minute ?? 0);
  const offset = (wall - hour * HOUR) / MINUTE;
  if (offsets.size > 4096) offsets.clear();
  offsets.set(hour, offset);
  return offset;
}

export interface Wall {
  /** Stockholm calendar day as days since 1970-01-01. */
  day: number;
  /** Minutes after Stockholm midnight, 0–1439. */
  minute: number;
}

export function toWall(t: number): Wall {
  const w = t + offsetAt(t) * MINUTE;
  const day = Math.floor(w / DAY);
  return { day, minute: Math.floor((w - day * DAY) / MINUTE) };
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekdayOf(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/**
 * The instant of a Stockholm wall-clock time. In the repeated autumn hour the first reading that
 * is after `after` wins, so a closing time is never reported in the past; in the skipped spring
 * hour the time is read with the winter offset (02:30 becomes 03:30 summer time), as Date does.
 */
export function fromWall(day: number, minute: number, after = Number.NEGATIVE_INFINITY): Date {
  const w = day * DAY + minute * MINUTE;
  const before = offsetAt(w - 12 * HOUR);
  const later = offsetAt(w + 12 * HOUR);
  let fallback = w - before * MINUTE;
  for (const o of before > later ? [before, later] : [later, before]) {
    const t = w - o * MINUTE;
    if (offsetAt(t) !== o) continue;
    fallback = t;
    if (t > after) return new Date(t);
  }
  return new Date(fallback);
}

export function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Epoch day of a YYYY-MM-DD string; NaN when malformed. */
export function dayOfIso(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY : Number.NaN;
}

/**
 * Human wording of an hours status and of the weekly pattern, in Swedish or English. Times are
 * Stockholm wall-clock, 24 h, whatever the process time zone. Dependency-free (popup).
 * "unknown" is never worded as closed.
 */
import { toWall } from './stockholm.ts';
import type { CompiledHours, DayHours, HoursStatus } from './types.ts';

export type HoursLocale = 'sv' | 'en';

const WORDS = {
  sv: {
    always: 'Öppet dygnet runt',
    unknown: 'Öppettider: se webbplats',
    open: 'Öppet nu',
    closed: 'Stängt',
    closes: 'stänger',
    opens: 'öppnar',
    today: 'kl. ',
    tomorrow: 'i morgon ',
    midnight: '24:00',
    days: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
    short: ['mån', 'tis', 'ons', 'tors', 'fre', 'lör', 'sön'],
    months: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
    allDay: 'dygnet runt',
    off: 'stängt',
  },
  en: {
    always: 'Open 24 hours',
    unknown: 'Opening hours: see website',
    open: 'Open now',
    closed: 'Closed',
    closes: 'closes',
    opens: 'opens',
    today: 'at ',
    tomorrow: 'tomorrow ',
    midnight: 'midnight',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    short: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    allDay: '24 hours',
    off: 'closed',
  },
} as const;

function clock(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** "16:00", "kl. 09:00", "i morgon 09:00", "måndag 09:00" or "15 jan 09:00", relative to now. */
function when(at: Date, now: Date, locale: HoursLocale, closing: boolean): string {
  const w = WORDS[locale];
  const target = toWall(at.getTime());
  const ahead = target.day - toWall(now.getTime()).day;
  const time = clock(target.minute);
  // "stänger 24:00" reads better than "stänger i morgon 00:00".
  if (closing && ahead === 1 && target.minute === 0) return w.midnight;
  if (ahead <= 0) return closing ? time : `${w.today}${time}`;
  if (ahead === 1) return `${w.tomorrow}${time}`;
  if (ahead < 7) return `${w.days[(((target.day + 3) % 7) + 7) % 7]} ${time}`;
  const date = new Date(target.day * 86_400_000);
  return `${date.getUTCDate()} ${w.months[date.getUTCMonth()]} ${time}`;
}

export function formatStatus(status: HoursStatus, now: Date, locale: HoursLocale): string {
  const w = WORDS[locale];
  switch (status.state) {
    case 'always':
      return w.always;
    case 'open':
      return status.closesAt ? `${w.open} · ${w.closes} ${when(status.closesAt, now, locale, true)}` : w.open;
    case 'closed':
      return status.opensAt
        ? `${w.closed} · ${w.opens} ${when(status.opensAt, now, locale, false)}`
        : w.closed;
    default:
      return w.unknown;
  }
}

/**
 * The weekly pattern as short lines, consecutive weekdays with equal hours grouped:
 * ["mån–fre 09:00–16:00", "lör–sön stängt"]. A night shift reads "21:00–06:00", not as two
 * pieces split at midnight. Exceptions (holidays) are not listed. [] for unknown hours.
 */
export function formatWeek(compiled: CompiledHours | 'unknown', locale: HoursLocale): string[] {
  const w = WORDS[locale];
  if (compiled === 'unknown' || compiled.week.length !== 7) return [];
  if (compiled.always) return [`${w.short[0]}–${w.short[6]} ${w.allDay}`];
  const week = compiled.week;
  const texts = week.map((h, i) => dayText(h, week[(i + 6) % 7] ?? null, week[(i + 1) % 7] ?? null, locale));
  const lines: string[] = [];
  for (let i = 0; i < 7; ) {
    let j = i;
    while (j + 1 < 7 && texts[j + 1] === texts[i]) j++;
    const days = i === j ? w.short[i] : `${w.short[i]}–${w.short[j]}`;
    lines.push(`${days} ${texts[i]}`);
    i = j + 1;
  }
  return lines;
}

/** True when `h` runs past midnight into `next`, i.e. ends [s, 1440] with s > 0 and next starts [0, x] with x < 1440. */
function runsInto(h: DayHours, next: DayHours): boolean {
  if (!h || !next || h.length < 2) return false;
  return h[h.length - 1] === 1440 && (h[h.length - 2] ?? 0) > 0 && next[0] === 0 && (next[1] ?? 1440) < 1440;
}

function dayText(h: DayHours, prev: DayHours, next: DayHours, locale: HoursLocale): string {
  const w = WORDS[locale];
  if (h === null) return '?';
  if (h.length === 2 && h[0] === 0 && h[1] === 1440) return w.allDay;
  const parts: string[] = [];
  // A morning that is the tail of yesterday's night shift is shown on yesterday's line.
  for (let i = runsInto(prev, h) ? 2 : 0; i + 1 < h.length; i += 2) {
    const last = i + 2 >= h.length;
    const end = last && runsInto(h, next) ? (next?.[1] ?? 0) : (h[i + 1] ?? 0);
    parts.push(`${clock(h[i] ?? 0)}–${clock(end)}`);
  }
  return parts.length > 0 ? parts.join(', ') : w.off;
}

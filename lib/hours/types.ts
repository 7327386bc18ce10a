/**
 * Opening hours after compilation (lib/hours/compile.ts), in a form the popup can evaluate
 * without the 1.2 MB opening_hours engine (lib/hours/status.ts).
 *
 * All times are Europe/Stockholm wall-clock. A day's hours are a flat list of
 * [start, end, start, end, …] in minutes after local midnight: sorted, non-overlapping,
 * 0 ≤ start < end ≤ 1440. A service open 21:00–06:00 is [0, 360, 1260, 1440] on every day; the
 * evaluator joins an interval ending at 1440 with one starting at 0 on the next day.
 * `null` means the engine itself reported "unknown" somewhere that day: the whole day is unknown,
 * so the UI never claims open or closed for it.
 *
 * Example, "Mo-Fr 09:00-16:00; PH off" from 2027-03-01:
 *   { "v": 1, "from": "2027-03-01", "to": "2029-03-01",
 *     "week": [[540,960],[540,960],[540,960],[540,960],[540,960],[],[]],
 *     "ex": { "2027-03-26": [], "2027-03-29": [], … } }
 */
export type DayHours = number[] | null;

export interface CompiledHours {
  /** Format version; bump when the shape changes. */
  v: 1;
  /** First Stockholm date covered (YYYY-MM-DD). */
  from: string;
  /** First Stockholm date NOT covered: the horizon. At or after it the status is "unknown". */
  to: string;
  /** Present when every minute from `from` to `to` is open. */
  always?: true;
  /** Typical hours per weekday, Monday first (7 entries): the most frequent hours for that weekday. */
  week: DayHours[];
  /** Dates (YYYY-MM-DD) whose hours differ from `week`: holidays, eves, seasons. */
  ex?: Record<string, DayHours>;
}

export type HoursStatus =
  | { state: 'always' }
  | { state: 'open'; closesAt: Date | null }
  | { state: 'closed'; opensAt: Date | null }
  | { state: 'unknown' };

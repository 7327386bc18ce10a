/** When catalogue facts count as old: verified more than a year before today (Swedish date). */
import { swedishDate } from './journal-line.ts';

export function isStale(verified: string, now: Date): boolean {
  const today = swedishDate(now);
  const year = Number(today.slice(0, 4));
  const yearAgo = `${year - 1}${today.slice(4)}`;
  // ISO dates compare as text; a malformed date is treated as stale rather than as fresh.
  return !/^\d{4}-\d{2}-\d{2}$/.test(verified) || verified < yearAgo;
}

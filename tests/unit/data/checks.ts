/** Pure catalogue hygiene checks that the schema cannot make on its own. */
import { PHONE_PATTERN } from '../../../data/schema.ts';

/**
 * Why a display number is badly grouped, or null. Beyond the schema's pattern: an area code
 * starts with 0, there are 3–10 digits, and groups never grow from left to right
 * ("020-390 000", "020-50 50 50", "114 14" are fine; "020-50 505 0" is not).
 */
export function phoneGroupingProblem(display: string): string | null {
  if (!PHONE_PATTERN.test(display)) return 'does not match the display pattern';
  const [area, subscriber] = display.includes('-') ? display.split('-') : [undefined, display];
  if (area !== undefined && !area.startsWith('0')) return 'an area code starts with 0';
  if (area === undefined && display.startsWith('0'))
    return 'a number starting with 0 needs its area code hyphen';
  const digits = display.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 10) return `has ${digits.length} digits (expected 3–10)`;
  const groups = (subscriber ?? '').split(' ').map((group) => group.length);
  for (let i = 1; i < groups.length; i++) {
    if ((groups[i] ?? 0) > (groups[i - 1] ?? 0)) return 'digit groups grow from left to right';
  }
  return null;
}

/** Today's date (YYYY-MM-DD) in Sweden, where the catalogue is edited and used. */
export function todayInStockholm(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
}

/** ISO dates compare correctly as text. */
export function isAfter(isoDate: string, today: string): boolean {
  return isoDate > today;
}

/** Swedish county (län) codes; 13 = Hallands län, 14 = Västra Götalands län. */
export const COUNTY_CODES = [
  '01',
  '03',
  '04',
  '05',
  '06',
  '07',
  '08',
  '09',
  '10',
  '12',
  '13',
  '14',
  '17',
  '18',
  '19',
  '20',
  '21',
  '22',
  '23',
  '24',
  '25',
] as const;

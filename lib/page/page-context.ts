/**
 * What the background keeps about a tab's page: situation hits, resources the page names and the
 * patient values the note gives (never text), and, when the user opted in, an age read from a
 * personal identity number. A report is validated when it comes in (page-report.ts).
 */
import type { NamedHit, ThemeHit } from '../matcher/types.ts';
import type { PagePatient } from '../rank/patient.ts';

/** What the page reader reports: the `page:hits` message. */
export interface PageReport {
  hits: ThemeHit[];
  named: NamedHit[];
  /** The summarised patient values, or the empty patient when the user switched them off. */
  patient: PagePatient;
  /** Age from a personnummer (opt-in); wins over the note's age. */
  age: number | null;
}

export interface PageContext extends PageReport {
  /** Number of suggestions shown on the badge */
  suggestions: number;
  updatedAt: number;
}

export interface SiteList {
  /** Sites the user enabled (match patterns) */
  user: string[];
  /** Sites from the administrator's policy; the user cannot disable these */
  policy: string[];
}

export type InsertResult =
  | { inserted: true; target: 'input' | 'textarea' | 'contenteditable'; frame: 'top' | 'child' }
  | { inserted: false; reason: 'no-field' | 'field-gone' | 'read-only' };

/** What an extension page gets back when it asks a tab to insert: no script there is one more "no". */
export type InsertOutcome = InsertResult | { inserted: false; reason: 'no-script' };

/** Longest vocabulary word we accept from a content script; longer strings are not vocabulary. */
export const MAX_WORD_LENGTH = 60;
/** Most named resources in one report; the reader sends the first ones. */
export const MAX_NAMED = 50;
/** The badge text: nothing when there is nothing to suggest. */
export function badgeText(suggestions: number): string {
  if (suggestions <= 0) return '';
  return suggestions > 9 ? '9+' : String(suggestions);
}

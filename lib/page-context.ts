/**
 * What the background keeps about a tab's page: theme hits (never text) and, when the user opted
 * in, an age read from a personal identity number. Validated here because a content script runs
 * in a renderer the page can influence.
 */
import { THEME_IDS, type ThemeId } from '../data/themes.ts';
import { MAX_WORDS, type ThemeHit } from './matcher/types.ts';

export interface PageContext {
  hits: ThemeHit[];
  age: number | null;
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
const MAX_WORD_LENGTH = 60;
const MAX_COUNT = 1_000_000;

function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

/** The hits of a `page:hits` message, or null when anything is off (unknown theme, long strings …). */
export function parseHits(value: unknown): ThemeHit[] | null {
  if (!Array.isArray(value) || value.length > THEME_IDS.length) return null;
  const seen = new Set<ThemeId>();
  const out: ThemeHit[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const { theme, count, negated, words } = item as Record<string, unknown>;
    if (!isThemeId(theme) || seen.has(theme) || !isCount(count) || count === 0) return null;
    if (!isCount(negated) || negated > count) return null;
    if (!Array.isArray(words) || words.length > MAX_WORDS) return null;
    const clean: string[] = [];
    for (const w of words as unknown[]) {
      if (typeof w !== 'string' || w.length === 0 || w.length > MAX_WORD_LENGTH) return null;
      clean.push(w);
    }
    seen.add(theme);
    out.push({ theme, count, negated, words: clean });
  }
  return out;
}

export function parseAge(value: unknown): number | null | undefined {
  if (value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 130) return value;
  return undefined;
}

/** The badge text: nothing when there is nothing to suggest. */
export function badgeText(suggestions: number): string {
  if (suggestions <= 0) return '';
  return suggestions > 9 ? '9+' : String(suggestions);
}

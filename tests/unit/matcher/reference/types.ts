// FROZEN REFERENCE — do not edit. Verbatim copy of lib/matcher/types.ts at ab09148 (the anchor-RegExp pass),
// only import paths changed. tests/unit/matcher/differential.test.ts compares lib/matcher with it.
import type { ThemeId } from '../../../../data/themes.ts';

/** What one theme scored in a text. Only counts and matched words leave the page, never sentences. */
export interface ThemeHit {
  theme: ThemeId;
  /** Every mention, negated ones included. */
  count: number;
  /** Mentions inside a negation ("förnekar sex mot ersättning"); always ≤ count. */
  negated: number;
  /** Distinct matched words, lower-cased, in order of first appearance, at most MAX_WORDS. */
  words: string[];
}

/** Hits in THEME_IDS order; themes without a mention are left out. */
export interface ScanResult {
  hits: ThemeHit[];
}

export interface Matcher {
  scan(text: string): ScanResult;
}

export const MAX_WORDS = 5;

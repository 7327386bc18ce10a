// FROZEN REFERENCE — do not edit. Verbatim copy of lib/matcher/near.ts at ab09148 (the anchor-RegExp pass),
// only import paths changed. tests/unit/matcher/differential.test.ts compares lib/matcher with it.
/**
 * The notNear context rule without building words: the same window as wordsBefore/wordsAfter
 * (NEAR_WORDS words, NEAR_CHARS characters, not across a clause end), but each word is compared
 * with the keys in place. A trap such as "Eskort till röntgen" is rejected without allocating.
 */
import * as chars from './text.ts';

// Local bindings: some transpilers (tsx, vitest) turn each use of an imported function into a
// getter call, which costs more than these small functions themselves.
const { firstCode, foldWord, isClauseEnd, isWordChar } = chars;

/** Words either side that a context rule (notNear) looks at. */
export const NEAR_WORDS = 4;
const NEAR_CHARS = 80;

/** notNear keys by first letter (char code), as nearAny expects them. */
export function byFirstLetter(keys: readonly string[]): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const key of keys) {
    if (key === '') continue;
    const list = out.get(key.charCodeAt(0)) ?? [];
    list.push(key);
    out.set(key.charCodeAt(0), list);
  }
  // An empty key would match every word that is looked at.
  if (keys.includes('')) for (const list of out.values()) list.push('');
  return out;
}

/** Lower case and å/ä → a, ö → o, as foldWord does, for U+0000–U+00FF; 0 above. */
const FOLDED = new Uint8Array(256);
for (let c = 0; c < 256; c++) FOLDED[c] = foldWord(String.fromCharCode(c)).charCodeAt(0) || 0;

/** Whether the word text[from, to) starts with one of `keys` (folded, see termKey). */
function startsWithKey(text: string, from: number, to: number, keys: readonly string[]): boolean {
  for (let i = from; i < to; i++) {
    // Above U+00FF lower-casing may change the length ("İ"): fold the word as a string.
    if (text.charCodeAt(i) >= 256) {
      const word = foldWord(text.slice(from, to));
      return keys.some((key) => word.startsWith(key));
    }
  }
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k] ?? '';
    if (key.length > to - from) continue;
    let i = 0;
    while (i < key.length && FOLDED[text.charCodeAt(from + i)] === key.charCodeAt(i)) i++;
    if (i === key.length) return true;
  }
  return false;
}

/**
 * Whether a word starting with one of the keys stands near text[start, end). Keys are grouped by
 * first letter: a word is compared only with the keys of its own first letter (firstCode).
 */
export function nearAny(
  text: string,
  start: number,
  end: number,
  byFirst: ReadonlyMap<number, readonly string[]>,
): boolean {
  let keys: readonly string[] | undefined;
  // Before: nearest word first, as wordsBefore walks.
  let words = 0;
  const low = Math.max(0, start - NEAR_CHARS);
  for (let i = start; i > low && words < NEAR_WORDS; ) {
    const c = text.charCodeAt(i - 1);
    if (isClauseEnd(c)) break;
    if (!isWordChar(c)) {
      i--;
      continue;
    }
    let j = i - 1;
    while (j > low && isWordChar(text.charCodeAt(j - 1))) j--;
    keys = byFirst.get(firstCode(text.charCodeAt(j)));
    if (keys !== undefined && startsWithKey(text, j, i, keys)) return true;
    words++;
    i = j;
  }
  words = 0;
  const high = Math.min(text.length, end + NEAR_CHARS);
  for (let i = end; i < high && words < NEAR_WORDS; ) {
    const c = text.charCodeAt(i);
    if (isClauseEnd(c)) break;
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < high && isWordChar(text.charCodeAt(j))) j++;
    keys = byFirst.get(firstCode(text.charCodeAt(i)));
    if (keys !== undefined && startsWithKey(text, i, j, keys)) return true;
    words++;
    i = j;
  }
  return false;
}

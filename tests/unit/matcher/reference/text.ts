// FROZEN REFERENCE — do not edit. Verbatim copy of lib/matcher/text.ts at ab09148 (the anchor-RegExp pass),
// only import paths changed. tests/unit/matcher/differential.test.ts compares lib/matcher with it.
/**
 * Character helpers for the matcher. They work on UTF-16 code units of the original text, so the
 * matcher never builds a lower-cased copy of a 5 MB page.
 */

const LETTER_RE = /[\p{L}\p{N}\p{M}]/u;

/** True for letters, digits and combining marks: what continues a word. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  }
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code < 0xc0) return code === 0xaa || code === 0xb5 || code === 0xba;
  // Punctuation, arrows and symbols are common in notes ("–", "→"): answer without a RegExp.
  if (code >= 0x2000 && code <= 0x2bff) return false;
  // Surrogate halves count as word characters: an emoji or rare letter never starts a term.
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return LETTER_RE.test(String.fromCharCode(code));
}

const FOLD: Record<string, string> = {
  å: 'a',
  ä: 'a',
  à: 'a',
  á: 'a',
  ö: 'o',
  ø: 'o',
  é: 'e',
  è: 'e',
  ü: 'u',
};
const FOLD_RE = /[åäàáöøéèü]/g;

/** Lower-case, fold å/ä/ö (and a few accents) and drop spaces and hyphens: the lookup key of a term. */
export function termKey(text: string): string {
  return text
    .toLowerCase()
    .replace(FOLD_RE, (c) => FOLD[c] ?? c)
    .replace(/[\s\-\u00ad]+/g, '');
}

/** Lower-case and fold å/ä/ö, keeping word separation: used for context and negation words. */
export function foldWord(text: string): string {
  const lower = text.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 0xc0) return lower.replace(FOLD_RE, (c) => FOLD[c] ?? c);
  }
  return lower;
}

/** Folded first letter of a word as a char code: a–z for A–Z, å/ä → a, ö → o. */
export function firstCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code === 0xe5 || code === 0xe4 || code === 0xc5 || code === 0xc4) return 97;
  if (code === 0xf6 || code === 0xd6) return 111;
  return code;
}

function wanted(code: number, firsts: Set<number> | undefined): boolean {
  return firsts === undefined || firsts.has(firstCode(code));
}

/** Characters that end a clause for negation and context windows: . ! ? ; newline, bullet. */
export function isClauseEnd(code: number): boolean {
  return (
    code === 46 || code === 33 || code === 63 || code === 59 || code === 10 || code === 13 || code === 0x2022
  );
}

/**
 * Up to `n` folded words just before `end` (nearest last), not crossing a clause end. Words whose
 * first letter (lower-cased, ASCII-folded) is not in `firsts` come back as '' without folding.
 */
export function wordsBefore(
  text: string,
  end: number,
  n: number,
  maxChars = 120,
  firsts?: Set<number>,
): string[] {
  const words: string[] = [];
  const limit = Math.max(0, end - maxChars);
  let i = end;
  while (i > limit && words.length < n) {
    const c = text.charCodeAt(i - 1);
    if (isClauseEnd(c)) break;
    if (!isWordChar(c)) {
      i--;
      continue;
    }
    let j = i - 1;
    while (j > limit && isWordChar(text.charCodeAt(j - 1))) j--;
    words.push(wanted(text.charCodeAt(j), firsts) ? foldWord(text.slice(j, i)) : '');
    i = j;
  }
  return words.reverse();
}

/** Up to `n` folded words just after `start`, not crossing a clause end (see wordsBefore). */
export function wordsAfter(
  text: string,
  start: number,
  n: number,
  maxChars = 120,
  firsts?: Set<number>,
): string[] {
  const words: string[] = [];
  const limit = Math.min(text.length, start + maxChars);
  let i = start;
  while (i < limit && words.length < n) {
    const c = text.charCodeAt(i);
    if (isClauseEnd(c)) break;
    if (!isWordChar(c)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < limit && isWordChar(text.charCodeAt(j))) j++;
    words.push(wanted(text.charCodeAt(i), firsts) ? foldWord(text.slice(i, j)) : '');
    i = j;
  }
  return words;
}

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
  return text.toLowerCase().replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

/** Characters that end a clause for negation and context windows. */
export const CLAUSE_END_RE = /[.!?;\n\r\u2022]/;

const WORD_RE = /[\p{L}\p{N}]+/gu;

/** The last `n` words of `text` after its last clause end, folded. */
export function wordsBefore(text: string, n: number): string[] {
  let start = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (CLAUSE_END_RE.test(text.charAt(i))) {
      start = i + 1;
      break;
    }
  }
  const words = text.slice(start).match(WORD_RE) ?? [];
  return words.slice(-n).map(foldWord);
}

/** The first `n` words of `text` before its first clause end, folded. */
export function wordsAfter(text: string, n: number): string[] {
  let end = text.length;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_END_RE.test(text.charAt(i))) {
      end = i;
      break;
    }
  }
  const words = text.slice(0, end).match(WORD_RE) ?? [];
  return words.slice(0, n).map(foldWord);
}

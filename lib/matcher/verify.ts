/**
 * Decides whether a term really stands at a candidate position: word start (unless the term may
 * end a compound), allowed ending, and the term's context rules.
 */
import type { CompiledTerm } from './patterns.ts';
import { foldWord, isWordChar, wordsAfter, wordsBefore } from './text.ts';

/** Words either side that a context rule (notNear) looks at. */
export const NEAR_WORDS = 4;
const NEAR_CHARS = 80;

export interface Found {
  start: number;
  end: number;
  /** The whole matched word(s), lower-cased, spaces collapsed. */
  word: string;
}

function tailEnd(text: string, from: number, allowHyphen: boolean): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (Number.isNaN(c)) return i;
    if (isWordChar(c)) {
      i++;
      continue;
    }
    // A hyphen joins a compound (hbtq-personer) only when a letter follows it.
    if (allowHyphen && (c === 45 || c === 0xad) && isWordChar(text.charCodeAt(i + 1))) {
      i += 2;
      continue;
    }
    return i;
  }
}

export function acceptAt(text: string, at: number, t: CompiledTerm): Found | null {
  t.sticky.lastIndex = at;
  const m = t.sticky.exec(text);
  if (m === null) return null;
  let start = at;
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) {
    if (!t.prefixed) return null;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  }
  const coreEnd = at + m[0].length;
  const end = tailEnd(text, coreEnd, t.mode === 'stem');
  const tail = end === coreEnd ? '' : foldWord(text.slice(coreEnd, end)).replace(/[-\u00ad]/g, '');
  if (t.endings !== null && !t.endings.has(tail)) return null;
  for (const nt of t.notTails) if (tail.startsWith(nt)) return null;
  if (t.notNear.length > 0 && nearAny(text, start, end, t.notNear, t.notNearFirsts)) return null;
  const word = text
    .slice(start, end)
    .toLowerCase()
    .replace(/[\s\u00ad]+/g, ' ');
  return { start, end, word };
}

function nearAny(
  text: string,
  start: number,
  end: number,
  keys: readonly string[],
  firsts: Set<number>,
): boolean {
  const near = (w: string) => w !== '' && keys.some((k) => w.startsWith(k));
  return (
    wordsBefore(text, start, NEAR_WORDS, NEAR_CHARS, firsts).some(near) ||
    wordsAfter(text, end, NEAR_WORDS, NEAR_CHARS, firsts).some(near)
  );
}

/**
 * Decides whether a term really stands at a candidate position: word start (unless the term may
 * end a compound), allowed ending, and the term's context rules.
 */

import * as literal from './literal.ts';
import * as near from './near.ts';
import { type CompiledTerm, patternOf } from './patterns.ts';
import * as chars from './text.ts';

// Read once: transpilers may make every use of an imported binding a getter call (compile.ts).
const { literalEnd, probeFits } = literal;
const { nearAny } = near;
const { foldWord, isWordChar } = chars;

export interface Found {
  start: number;
  end: number;
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

/** End of t's core (words and joiners) starting at `at`, or -1; no word-boundary or ending rules. */
export function coreEndAt(text: string, at: number, t: CompiledTerm): number {
  if (t.literal !== null) return probeFits(text, at, t.probe) ? literalEnd(text, at, t.literal) : -1;
  const sticky = t.sticky ?? new RegExp(patternOf(t.core), 'iy');
  sticky.lastIndex = at;
  const m = sticky.exec(text);
  return m === null ? -1 : at + m[0].length;
}

export function acceptAt(text: string, at: number, t: CompiledTerm): Found | null {
  const coreEnd = coreEndAt(text, at, t);
  if (coreEnd < 0) return null;
  let start = at;
  if (at > 0 && isWordChar(text.charCodeAt(at - 1))) {
    if (!t.prefixed) return null;
    while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  }
  const end = tailEnd(text, coreEnd, t.mode === 'stem');
  const tail = end === coreEnd ? '' : foldWord(text.slice(coreEnd, end)).replace(/[-\u00ad]/g, '');
  if (t.endings !== null && !t.endings.has(tail)) return null;
  for (const nt of t.notTails) if (tail.startsWith(nt)) return null;
  if (t.notNear.length > 0 && nearAny(text, start, end, t.notNearByFirst)) return null;
  return { start, end };
}

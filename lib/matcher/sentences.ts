/**
 * Sentences and tokens for the context stage. Only sentences that hold a mention are tokenised,
 * so a 5 MB page costs little more than the lexicon pass.
 */
import * as chars from './text.ts';

const { foldWord, isWordChar } = chars;

/** A word (folded: lower case, å/ä → a, ö → o) or one punctuation mark that matters for scope. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Abbreviations whose period does not end a sentence in clinical notes ("ev.", "pat.", "t.ex."). */
const ABBREVIATIONS = new Set(
  'ev pat pt t ex bl a ca kl enl ang pga fd f d u m mm resp dvs tel nr st bes ssk usk dr leg sk ngt ngn vb tex bla osv etc jmf obs vg ua avd mott tf mfl o s'.split(
    ' ',
  ),
);

/** Punctuation kept as tokens: comma, colon, dash, slash, parentheses, question mark, quotes. */
const KEPT = new Set([44, 58, 45, 0x2013, 0x2014, 47, 40, 41, 63, 34, 0x201d]);

/** Whether a period at `i` ends a sentence (not "ev.", "t.ex.", "1.5", "kl. 14"). */
function periodEnds(text: string, i: number): boolean {
  if (isWordChar(text.charCodeAt(i + 1))) return false;
  // Only a short word before the period can be an abbreviation.
  let j = i;
  while (j > 0 && i - j <= 4 && isWordChar(text.charCodeAt(j - 1))) j--;
  if (j === i || (j > 0 && isWordChar(text.charCodeAt(j - 1)))) return true;
  return !ABBREVIATIONS.has(foldWord(text.slice(j, i)));
}

/** Whether the character at i ends a sentence: . ! ? ; newline or a bullet. */
export function endsSentence(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 46) return periodEnds(text, i);
  return c === 33 || c === 63 || c === 59 || c === 10 || c === 13 || c === 0x2022;
}

/** Start of the sentence that holds position `at` (not before `floor`). */
export function sentenceStart(text: string, at: number, floor: number): number {
  let i = at;
  while (i > floor && !endsSentence(text, i - 1)) i--;
  return i;
}

/** End of the sentence that holds position `at` (the index of its end mark, or text.length). */
export function sentenceEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && !endsSentence(text, i)) i++;
  return i;
}

/** Whether a blank line (a new paragraph) stands between from and to: context never crosses it. */
export function paragraphBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      newlines++;
      if (newlines >= 2) return true;
    } else if (c !== 13 && c !== 32 && c !== 9) newlines = 0;
  }
  return false;
}

export function tokenize(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      while (j < end && isWordChar(text.charCodeAt(j))) j++;
      tokens.push({ text: foldWord(text.slice(i, j)), start: i, end: j });
      i = j;
      continue;
    }
    if (KEPT.has(c))
      tokens.push({
        text: c === 0x2013 || c === 0x2014 ? '-' : String.fromCharCode(c),
        start: i,
        end: i + 1,
      });
    i++;
  }
  return tokens;
}

/** Index of the first token that starts at or after `pos`. */
export function tokenAt(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The text side of the reader's model (model.ts): the folded words of a text, the features
 * training learns from (words, their stems and heads, neighbouring pairs), and the windows a page
 * is read in. Shared by the page reader and by training (scripts/lib/train-model.ts), so both see
 * a text the same way.
 */
import { foldWord } from './text.ts';

/** Lines are read together up to about this many characters: a note, not a page. */
export const WINDOW = 600;
/** What one read looks at, at most (modelWindows). */
export const MAX_CHARS = 50_000;

/** A web or mail address says nothing of the patient ("example.se/sex-mot-ersattning"). */
const isAddress = (token: string) => token.includes('@') || token.includes('://') || token.startsWith('www.');

/**
 * The folded words of a text, in order: runs of a–z and 0–9 after folding å/ä/ö, leaving out
 * addresses. Linear in the text (a page may hold a line of any length).
 */
export function modelWords(text: string): string[] {
  const words: string[] = [];
  for (const token of foldWord(text).split(/\s+/)) {
    if (isAddress(token)) continue;
    let start = -1;
    for (let i = 0; i <= token.length; i++) {
      const c = token.charCodeAt(i);
      const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      if (word && start < 0) start = i;
      else if (!word && start >= 0) {
        words.push(token.slice(start, i));
        start = -1;
      }
    }
  }
  return words;
}

/** A stem is a word's first STEM letters, for words of at least STEM + 2 ("slagit" → "slagi-"). */
const STEM = 5;
/** A head is a word's last HEAD letters, for words of at least HEAD + 4 ("partnervald" → "-vald"). */
const HEAD = 4;

/**
 * A word's parts beside the word itself: its stem (inflections: "hotade", "hotar", "hotet") and
 * its head (compounds: "familjevald", "sexvald"). A note says the same thing in forms training
 * never saw; on two halves of the development corpus these lifted recall@3 from 84.1 to 84.7 %.
 * The hyphen keeps them apart from words (modelWords never holds one).
 */
export function wordParts(word: string): string[] {
  const out: string[] = [];
  if (word.length >= STEM + 2) out.push(`${word.slice(0, STEM)}-`);
  if (word.length >= HEAD + 4) out.push(`-${word.slice(-HEAD)}`);
  return out;
}

/** Whether a feature is a word or a pair of words, not a stem or a head (wordParts). */
export const isWhole = (feature: string) => !feature.startsWith('-') && !feature.endsWith('-');

/** Words, their stems and heads, and neighbouring pairs on one line, each once (what training learns from a whole text). */
export function modelFeatures(text: string): string[] {
  const out = new Set<string>();
  for (const words of modelLines(text)) {
    for (const w of words) {
      out.add(w);
      for (const p of wordParts(w)) out.add(p);
    }
    for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  }
  return [...out];
}

/** The folded words of each line: a pair never stands on two lines, as a term never does. */
export function modelLines(text: string): string[][] {
  return text.split('\n').map(modelWords);
}

/**
 * The windows of a text: whole lines, together up to WINDOW characters; a line longer than twice
 * that is cut at a space near WINDOW. Only the first MAX_CHARS are read: a page's paragraphs are
 * chunks of 8 KB, and a form field of a megabyte must not hold up the page.
 */
export function modelWindows(text: string): string[] {
  const out: string[] = [];
  const length = Math.min(text.length, MAX_CHARS);
  let start = 0;
  while (start < length) {
    let end = start;
    while (end < length && end - start < WINDOW) {
      const line = text.indexOf('\n', end);
      end = line < 0 || line >= length ? length : line + 1;
    }
    if (end - start > 2 * WINDOW) {
      const space = text.lastIndexOf(' ', start + WINDOW);
      end = space > start ? space + 1 : start + WINDOW;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

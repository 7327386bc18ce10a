/**
 * Symbols and windows for the skipping pass (pass.ts). Text is read as symbols: lower case, å/ä → a,
 * ö → o, é → e, ü → u, one symbol for any other word character and one for the rest, so "Våldt",
 * "valdt" and "VÅLDT" look alike, and the character before a term that must start a word is one
 * more symbol ("_hbt"). A character a term character may match always has that character's symbol.
 */
import * as literal from './literal.ts';
import type { CompiledTerm } from './patterns.ts';
import { coreOf } from './patterns.ts';
import * as chars from './text.ts';

const { LOWER } = literal;
const { isWordChar } = chars;

/** Symbols: 0 = not a word character, 1–26 a–z, 27–36 digits, 37 any other word character. */
export const BOUNDARY = 0;
const OTHER = 37;
export const SYMBOLS = 38;
/** A window symbol that matches anything: pads a short term start in front. */
export const ANY = -1;
/** Symbols per window (Wu–Manber m); the loop skips at most WINDOW - 1 characters. */
export const WINDOW = 5;
/** How far into a term a window may be placed, to find rarer letter pairs. */
const REACH = 10;

const FOLD: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' };

/** Symbol of a code below U+0100. */
export const SYM = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  const lower = String.fromCharCode(LOWER[c] ?? c);
  const plain = (FOLD[lower] ?? lower).charCodeAt(0);
  if (plain >= 97 && plain <= 122) SYM[c] = plain - 96;
  else if (plain >= 48 && plain <= 57) SYM[c] = plain - 48 + 27;
  else SYM[c] = isWordChar(c) ? OTHER : BOUNDARY;
}

export function symbolOf(code: number): number {
  return code < 256 ? (SYM[code] ?? BOUNDARY) : isWordChar(code) ? OTHER : BOUNDARY;
}

/** Symbol k of the text: character k - 1; at or before 0, the start of the text (a boundary). */
export function symbolAt(text: string, k: number): number {
  return k <= 0 ? BOUNDARY : symbolOf(text.charCodeAt(k - 1));
}

/**
 * Rough share of each symbol in Swedish running text (letter frequencies, folded; about one
 * character in six separates words). Only used to place windows on rarer letter pairs.
 */
const SHARE = new Float64Array(SYMBOLS).fill(0.002);
SHARE[BOUNDARY] = 0.17;
'abcdefghijklmnopqrstuvwxyz'.split('').forEach((ch, i) => {
  const percent = [
    12.5, 1.3, 1.3, 3.9, 8.4, 1.7, 2.4, 1.8, 4.8, 0.5, 2.6, 4.4, 2.9, 7.1, 5.5, 1.5, 0.02, 7, 5.5, 6.4, 1.6,
    2, 0.1, 0.1, 0.6, 0.05,
  ][i];
  SHARE[SYM[ch.charCodeAt(0)] ?? 0] = (percent ?? 1) / 100;
});

function share(symbol: number): number {
  return symbol === ANY ? 1 : (SHARE[symbol] ?? 1);
}

/** Expected cost of a window: its last pair makes the loop stop, earlier pairs shorten skips. */
function costOf(w: readonly number[]): number {
  const weight = [0.5, 1, 2, 8];
  let cost = 0;
  for (let j = 0; j + 1 < w.length; j++)
    cost += share(w[j] ?? ANY) * share(w[j + 1] ?? ANY) * (weight[j] ?? 1);
  return cost;
}

export interface TermWindow {
  symbols: number[];
  /** Where the term starts, relative to the window's first symbol (symbol k = character k - 1). */
  delta: number;
  /** Symbols that are not ANY. */
  real: number;
  /**
   * The symbol the term has right after the window, or ANY where it may vary (an ending). A window
   * that ends at the first character of a joiner gives AFTER_JOINER + the next word's first symbol.
   */
  next: number;
}

/** Marks a `next` that stands after a joiner of 1 to MAX_JOINER characters. */
export const AFTER_JOINER = 64;

/**
 * What the text must show where term t is accepted: the character before it (not a word
 * character, or the start) unless prefixed, then its words. Between words there is either nothing
 * (sugardaddy) or a joiner, so "sex mot …" has two branches, "_sexmot…" and "_sex_". Each branch
 * gets the window of WINDOW symbols with the rarest pairs; a branch still shorter ("_hbt") is
 * padded with ANY in front. A term compared by RegExp (characters above U+00FF) stops at the
 * first character whose case-insensitive matches are not known here.
 */
/** Characters whose symbol is known without the literal form (a term compared by RegExp). */
const KNOWN = new Set('abcdefghijklmnopqrstuvwxyz0123456789åäöéü');

export function windowsOf(t: CompiledTerm): TermWindow[] {
  const known = (ch: string) => (t.literal !== null && ch.charCodeAt(0) < 256) || KNOWN.has(ch);
  let branches: { symbols: number[]; open: boolean; then?: number }[] = [
    { symbols: t.prefixed ? [] : [BOUNDARY], open: true },
  ];
  coreOf(t.term, t.mode)
    .core.split(' ')
    .forEach((word, w) => {
      const next: typeof branches = [];
      for (const b of branches) {
        if (!b.open || b.symbols.length >= REACH) {
          next.push(b);
          continue;
        }
        if (w > 0) {
          const first = word.charAt(0);
          const then = known(first) ? AFTER_JOINER + symbolOf(first.charCodeAt(0)) : ANY;
          next.push({ symbols: [...b.symbols, BOUNDARY], open: false, then });
        }
        const symbols = [...b.symbols];
        let open = true;
        for (const ch of word) {
          if (symbols.length >= REACH) break;
          if (!known(ch)) {
            open = false;
            break;
          }
          symbols.push(symbolOf(ch.charCodeAt(0)));
        }
        next.push({ symbols, open });
      }
      branches = next;
    });
  const lead = t.prefixed ? -1 : 0;
  return branches.map(({ symbols, then }) => {
    if (symbols.length < WINDOW) {
      const pad = WINDOW - symbols.length;
      return {
        symbols: [...Array<number>(pad).fill(ANY), ...symbols],
        delta: pad + lead,
        real: symbols.length,
        next: then ?? ANY,
      };
    }
    let at = 0;
    for (let i = 1; i + WINDOW <= symbols.length; i++) {
      if (costOf(symbols.slice(i, i + WINDOW)) < costOf(symbols.slice(at, at + WINDOW))) at = i;
    }
    return {
      symbols: symbols.slice(at, at + WINDOW),
      delta: lead - at,
      real: WINDOW,
      next: symbols[at + WINDOW] ?? then ?? ANY,
    };
  });
}

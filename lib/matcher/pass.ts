/**
 * The candidate pass: a Wu–Manber skipping loop over the starts of terms. Text is read as symbols
 * (lower case, å/ä → a, ö → o, é → e, ü → u, one symbol for other word characters, one for the
 * rest), so "Våldt", "valdt" and "VÅLDT" look alike and the char before a term that must start a
 * word is one more symbol ("_hbt"). Most windows of text share no two-symbol block with any term
 * start and the loop moves on by up to WINDOW - 1 characters without looking at the rest.
 *
 * Where a term's start matches, the term itself is compared (verify.ts coreEndAt); only then are
 * the positions where its anchor may stand handed on, in increasing order, to the anchor step of
 * compile.ts. Every anchor that leads to a hit lies there, so the scan counts what a RegExp over
 * all anchors would have found: the anchors that this pass never reports would have found nothing.
 */
import { compilePassSteps, type PassParts, type Window } from './pass-windows.ts';
import type { CompiledTerm } from './patterns.ts';
import { finish, type Steps } from './steps.ts';
import * as chars from './text.ts';
import * as verify from './verify.ts';
import * as win from './windows.ts';

// Read once: transpilers may make every use of an imported binding a getter call (compile.ts).
const { coreEndAt } = verify;
const { isWordChar } = chars;
const { AFTER_JOINER, ANY, BOUNDARY, SYM, SYMBOLS, WINDOW, symbolAt, symbolOf } = win;

/** The first symbol at k, k + 1 or k + 2 that is not a boundary (a joiner has at most 3 characters). */
function wordStartAfter(text: string, k: number): number {
  for (let i = k; i < k + 2; i++) {
    const s = symbolAt(text, i);
    if (s !== BOUNDARY) return s;
  }
  return symbolAt(text, k + 2);
}

export { compilePassSteps, type PassParts, type Window };

export interface CandidatePass {
  /**
   * Calls visit(index) with every position where an anchor may lead to a hit, in increasing
   * order, each once. visit decides whether an anchor stands there.
   */
  run(text: string, visit: (index: number) => void): void;
}

/** The skipping pass for these terms, or null when some term start is too short to skip on. */
export function compilePass(terms: readonly CompiledTerm[]): CandidatePass | null {
  const parts = finish(compilePassSteps(terms));
  return parts === null ? null : passFrom(parts, terms);
}

/** The pass from its parts: buckets by a window's last pair, the middle pairs and the raw shift. */
export function passFrom(parts: PassParts, terms: readonly CompiledTerm[]): CandidatePass {
  return finish(passFromSteps(parts, terms));
}

/** The same in steps: a page rebuilding the reader from tables (tables-read.ts) runs it in slices. */
export function* passFromSteps(parts: PassParts, terms: readonly CompiledTerm[]): Steps<CandidatePass> {
  const m = WINDOW;
  const { windows, shift } = parts;
  const buckets: (Window[] | undefined)[] = new Array(SYMBOLS * SYMBOLS);
  for (const w of windows) {
    const s = w.symbols;
    const h = (s[m - 2] ?? 0) * SYMBOLS + (s[m - 1] ?? 0);
    const bucket = buckets[h] ?? [];
    bucket.push(w);
    buckets[h] = bucket;
  }
  yield;
  // Symbols 2 and 3 of the window: most stops on a common last pair ("in", "sk") end on them. One
  // table per last pair, views into one buffer (hundreds of 1.4 KB buffers cost a page more). Where
  // symbols 2–5 match, the windows with exactly those four (`fine`: ~1, not a bucket's ~18).
  let used = 0;
  for (const b of buckets) if (b !== undefined) used++;
  const store = new Uint8Array(used * SYMBOLS * SYMBOLS);
  const middle: (Uint8Array | undefined)[] = new Array(SYMBOLS * SYMBOLS);
  const fine = new Map<number, Window[]>();
  let next = 0;
  for (const w of windows) {
    const s = w.symbols;
    const h = (s[m - 2] ?? 0) * SYMBOLS + (s[m - 1] ?? 0);
    let before = middle[h];
    if (before === undefined) {
      before = store.subarray(next * SYMBOLS * SYMBOLS, (next + 1) * SYMBOLS * SYMBOLS);
      next++;
      middle[h] = before;
    }
    const a0 = s[1] === ANY ? 0 : (s[1] ?? 0);
    const a1 = s[1] === ANY ? SYMBOLS : a0 + 1;
    const b0 = s[2] === ANY ? 0 : (s[2] ?? 0);
    const b1 = s[2] === ANY ? SYMBOLS : b0 + 1;
    for (let a = a0; a < a1; a++)
      for (let b = b0; b < b1; b++) {
        before[a * SYMBOLS + b] = 1;
        const key = h * SYMBOLS * SYMBOLS + a * SYMBOLS + b;
        fine.set(key, [...(fine.get(key) ?? []), w]);
      }
  }
  yield;
  const maxOffset = Math.max(...terms.map((t) => t.maxOffset));
  // The same shift by raw code pairs below U+0100 (64 KB), so the loop reads no symbol table;
  // a code above that stands in as ª (another word character) or a space.
  // One row of 256 per symbol, copied to every code with that symbol: 38 rows computed, not 256.
  const raw = new Uint8Array(65536);
  const rows: (Uint8Array | undefined)[] = new Array(SYMBOLS);
  for (let a = 0; a < 256; a++) {
    const sa = SYM[a] ?? 0;
    let row = rows[sa];
    if (row === undefined) {
      row = new Uint8Array(256);
      for (let b = 0; b < 256; b++) row[b] = shift[sa * SYMBOLS + (SYM[b] ?? 0)] ?? 0;
      rows[sa] = row;
    }
    raw.set(row, a << 8);
  }
  const deltas = windows.map((w) => w.delta);
  const minDelta = Math.min(...deltas);
  const maxDelta = Math.max(...deltas);
  let ring = 64;
  while (ring < maxOffset + maxDelta - minDelta + 4) ring *= 2;
  const pending = new Uint8Array(ring);
  const mask = ring - 1;

  return {
    run(text, visit) {
      // Positions below `done` were handed on; marks lie in [done, upTo). A later window starts at
      // or after this one, so a term found through it starts at or after first + minDelta, and
      // every mark below that can go out first, in order.
      let done = 0;
      let upTo = 0;
      const flush = (below: number) => {
        for (let i = done; i < below && i < upTo; i++) {
          if (pending[i & mask] === 0) continue;
          pending[i & mask] = 0;
          visit(i);
        }
        if (below > done) done = below;
      };
      const check = (pos: number, list: readonly Window[] | undefined) => {
        const first = pos - m + 1;
        for (const w of list ?? []) {
          let j = 0;
          const s = w.symbols;
          while (j < m - 2 && ((s[j] ?? 0) === ANY || symbolAt(text, first + j) === s[j])) j++;
          if (j < m - 2) continue;
          const start = first + w.delta;
          if (start < 0) continue;
          flush(first + minDelta);
          const after = symbolAt(text, first + m);
          // After a joiner of 1 to 3 characters (the window holds the first): the next word's start.
          let word = -1;
          const { terms, nexts } = w;
          for (let k = 0; k < terms.length; k++) {
            const next = nexts[k] ?? ANY;
            if (next !== ANY) {
              if (next < AFTER_JOINER) {
                if (next !== after) continue;
              } else {
                if (word < 0) word = wordStartAfter(text, first + m);
                if (next - AFTER_JOINER !== word) continue;
              }
            }
            const t = terms[k] as CompiledTerm;
            if (coreEndAt(text, start, t) < 0) continue;
            for (let i = start + t.minOffset; i <= start + t.maxOffset; i++) pending[i & mask] = 1;
            upTo = Math.max(upTo, start + t.maxOffset + 1);
          }
        }
      };
      const len = text.length;
      // Windows may begin before the text (a term at 0 padded in front): read those symbols slowly.
      let pos = m - 1 - Math.max(0, maxDelta);
      while (pos < m - 1 && pos <= len) {
        const h = symbolAt(text, pos - 1) * SYMBOLS + symbolAt(text, pos);
        const s = shift[h] ?? 0;
        if (s === 0) check(pos, buckets[h]);
        pos += s === 0 ? 1 : s;
      }
      while (pos <= len) {
        let a = text.charCodeAt(pos - 2);
        let b = text.charCodeAt(pos - 1);
        if (a > 255) a = isWordChar(a) ? 0xaa : 32;
        if (b > 255) b = isWordChar(b) ? 0xaa : 32;
        const s = raw[(a << 8) | b] ?? 0;
        if (s !== 0) {
          pos += s;
          continue;
        }
        const h = (SYM[a] ?? 0) * SYMBOLS + (SYM[b] ?? 0);
        const c = text.charCodeAt(pos - 4);
        const d = text.charCodeAt(pos - 3);
        const h2 =
          (c < 256 ? (SYM[c] ?? 0) : symbolOf(c)) * SYMBOLS + (d < 256 ? (SYM[d] ?? 0) : symbolOf(d));
        if (middle[h]?.[h2] === 1) check(pos, fine.get(h * SYMBOLS * SYMBOLS + h2));
        pos++;
      }
      flush(upTo);
    },
  };
}

/**
 * The skipping pass's windows (pass.ts) and its shift table over symbol pairs: what compiling the
 * pass costs. tables.ts hands these to a page as plain data; pass.ts builds the pass from them.
 */
import type { CompiledTerm } from './patterns.ts';
import { STEP, type Steps } from './steps.ts';
import { ANY, SYMBOLS, WINDOW, windowsOf } from './windows.ts';

/** Fewer known symbols would make nearly every position a candidate: keep the RegExp pass then. */
const MIN_REAL = 2;

export interface Window {
  symbols: number[];
  /** Terms with this window; each starts at the window's first symbol + delta. */
  terms: CompiledTerm[];
  /** Per term, the symbol right after the window (ANY where it varies): most terms fail there. */
  nexts: number[];
  delta: number;
}

/**
 * What the pass is built from: its windows, and the shift table over symbol pairs (the part that
 * costs; tables.ts hands it to a page as plain data).
 */
export interface PassParts {
  windows: Window[];
  shift: Uint8Array;
}

/** The windows and shift table, in steps (steps.ts); null when the pass cannot skip. */
export function* compilePassSteps(terms: readonly CompiledTerm[]): Steps<PassParts | null> {
  const m = WINDOW;
  const windows = new Map<string, Window>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as CompiledTerm;
    if (i % STEP === STEP - 1) yield;
    for (const { symbols, delta, real, next } of windowsOf(t)) {
      if (real < MIN_REAL) return null;
      const key = `${symbols.join(',')}/${delta}`;
      const w = windows.get(key) ?? { symbols, terms: [], nexts: [], delta };
      const at = w.terms.indexOf(t);
      if (at < 0) {
        w.terms.push(t);
        w.nexts.push(next);
      } else if (w.nexts[at] !== next) w.nexts[at] = ANY;
      windows.set(key, w);
    }
  }
  if (windows.size === 0) return null;
  const shift = new Uint8Array(SYMBOLS * SYMBOLS).fill(m - 1);
  let done = 0;
  for (const w of windows.values()) {
    if (++done % STEP === 0) yield;
    const s = w.symbols;
    for (let j = 0; j < m - 1; j++) {
      const x = s[j] ?? ANY;
      const y = s[j + 1] ?? ANY;
      const to = m - 2 - j;
      for (let a = x === ANY ? 0 : x; a < (x === ANY ? SYMBOLS : x + 1); a++)
        for (let b = y === ANY ? 0 : y; b < (y === ANY ? SYMBOLS : y + 1); b++) {
          const h = a * SYMBOLS + b;
          if ((shift[h] ?? 0) > to) shift[h] = to;
        }
    }
  }
  return { windows: [...windows.values()], shift };
}

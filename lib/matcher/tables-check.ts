/**
 * Checks of the plain data a page receives as tables (tables-read.ts): every value is looked at
 * before it is used, and anything unexpected throws BadTables, which the reader turns into null.
 */
import type { PassParts, Window } from './pass.ts';
import type { CompiledTerm } from './patterns.ts';
import type { Steps } from './steps.ts';
import { ANY, SYMBOLS, WINDOW } from './windows.ts';

/** Thrown inside this module only, for tables that do not hold what they should. */
export class BadTables extends Error {}

export function fail(what: string): never {
  throw new BadTables(what);
}

export const isInt = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

export function ints(x: unknown, min: number, max: number, what: string): number[] {
  if (!Array.isArray(x)) fail(what);
  for (const n of x) if (!isInt(n, min, max)) fail(what);
  return x as number[];
}

export function strings(x: unknown, what: string): string[] {
  if (!Array.isArray(x)) fail(what);
  for (const s of x) if (typeof s !== 'string') fail(what);
  return x as string[];
}

export function arrayOf<T>(x: unknown, what: string, each: (item: unknown) => T): T[] {
  if (!Array.isArray(x)) fail(what);
  return x.map(each);
}

/** The pass's windows and shift table from their tables. */
export function* passOf(
  input: unknown,
  terms: readonly CompiledTerm[],
  termLists: (x: unknown, what: string) => Steps<CompiledTerm[][]>,
): Steps<PassParts> {
  if (typeof input !== 'object' || input === null) fail('pass');
  const p = input as Record<string, unknown>;
  const symbols = ints(p.symbols, ANY, SYMBOLS - 1, 'window symbols');
  const deltas = ints(p.deltas, -1000, 1000, 'window deltas');
  const count = deltas.length;
  if (count === 0 || symbols.length !== count * WINDOW || terms.length === 0) fail('window count');
  yield;
  const windowTerms = yield* termLists(p.terms, 'window terms');
  yield;
  // A next symbol: ANY, a symbol, or AFTER_JOINER (64) + a symbol; grouped as the terms are.
  const flatNexts = ints(p.nexts, ANY, 1_000_000, 'window nexts');
  if (windowTerms.length !== count || flatNexts.length !== (p.terms as unknown[]).length)
    fail('window count');
  const shift = ints(p.shift, 0, WINDOW - 1, 'shift');
  if (shift.length !== SYMBOLS * SYMBOLS) fail('shift size');
  let at = 0;
  const windows = new Array<Window>(count);
  for (let i = 0; i < count; i++) {
    const own = windowTerms[i] as CompiledTerm[];
    if (own.length === 0 || flatNexts[at] !== own.length) fail('window terms');
    const nexts = flatNexts.slice(at + 1, at + 1 + own.length);
    for (const n of nexts) if (n > 64 + SYMBOLS - 1) fail('window nexts');
    at += 1 + own.length;
    const delta = deltas[i] as number;
    windows[i] = { symbols: symbols.slice(i * WINDOW, i * WINDOW + WINDOW), terms: own, nexts, delta };
  }
  return { windows, shift: Uint8Array.from(shift) };
}

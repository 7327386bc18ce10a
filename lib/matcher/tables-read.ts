/**
 * Rebuilds the matcher from the tables of tables.ts without compiling: terms, indexes and the
 * skipping pass come from plain data; only the cheap parts (combinations, signs, the patient's
 * cues) are built from the vocabulary as compileMatcher does. The tables come from another
 * context through a message, so everything is checked: on anything unexpected the result is null
 * (the caller compiles instead), never an exception.
 */
import type { MatchMode } from '../../data/vocabulary-schema.ts';
import { type LexiconParts, lexiconFrom } from './compile.ts';
import { compileLiterals, probeOf } from './literal.ts';
import { byFirstLetter } from './near.ts';
import type { PassParts, Window } from './pass.ts';
import { type CompiledTerm, patternOf } from './patterns.ts';
import { matcherWith, type ReaderOptions, readerSets, type Vocabulary } from './reader.ts';
import { type MatcherTables, MODES, TABLES_VERSION, type TermRow } from './tables.ts';
import type { Matcher } from './types.ts';
import { ANY, SYMBOLS, WINDOW } from './windows.ts';

/** Thrown inside this module only, for tables that do not hold what they should. */
class BadTables extends Error {}

const NONE: readonly string[] = [];

function fail(what: string): never {
  throw new BadTables(what);
}

const isInt = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

function ints(x: unknown, min: number, max: number, what: string): number[] {
  if (!Array.isArray(x)) fail(what);
  for (const n of x) if (!isInt(n, min, max)) fail(what);
  return x as number[];
}

function strings(x: unknown, what: string): string[] {
  if (!Array.isArray(x)) fail(what);
  for (const s of x) if (typeof s !== 'string') fail(what);
  return x as string[];
}

function arrayOf<T>(x: unknown, what: string, each: (item: unknown) => T): T[] {
  if (!Array.isArray(x)) fail(what);
  return x.map(each);
}

/**
 * The matcher of `vocabulary` from its tables, the same as compileMatcher(vocabulary, options)
 * would give; null when the tables are not of this version or do not fit the vocabulary, and
 * then `refused` hears why (a short English reason, never text of a page).
 */
export function matcherFromTables(
  tables: unknown,
  vocabulary: Vocabulary,
  options: ReaderOptions = {},
  refused: (reason: string) => void = () => undefined,
): Matcher | null {
  try {
    const sets = readerSets(vocabulary);
    const parts = partsOf(
      tables,
      sets.length,
      sets.reduce((n, s) => n + s.terms.length, 0),
    );
    return matcherWith(vocabulary, lexiconFrom(parts, sets.length), options);
  } catch (e) {
    // Anything else than BadTables would be a bug here, not bad input: still never break the page.
    refused(e instanceof BadTables ? e.message : 'unexpected error');
    return null;
  }
}

function partsOf(input: unknown, setCount: number, termCount: number): LexiconParts {
  if (typeof input !== 'object' || input === null) fail('not an object');
  const t = input as Partial<Record<keyof MatcherTables, unknown>>;
  if (t.version !== TABLES_VERSION) fail('another version');
  if (t.sets !== setCount || t.termCount !== termCount) fail('another vocabulary');
  const lists = arrayOf(t.lists, 'lists', (l) => strings(l, 'list'));
  const endings = lists.map((l) => new Set(l) as ReadonlySet<string>);
  const nearBy = new Map<number, ReturnType<typeof byFirstLetter>>();
  const list = (i: number): string[] => lists[i] ?? fail('list index');
  const rows = arrayOf(t.terms, 'terms', (r) => r);
  if (rows.length !== termCount) fail('term count');
  // The rows checked first, then the literals of all cores in one go (literal.ts compileLiterals).
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (!Array.isArray(row) || row.length !== 12) fail('term row');
    const [set, written, core, key, mode, prefixed, ending, tails, near, anchor, minOffset, maxOffset] = row;
    if (!isInt(set, 0, setCount - 1) || !isInt(mode, 0, MODES.length - 1) || !isInt(prefixed, 0, 1))
      fail(`term ${i}`);
    if (typeof written !== 'string' || typeof core !== 'string' || typeof key !== 'string') fail(`term ${i}`);
    if (typeof anchor !== 'string' || !isInt(minOffset, 0, 1000) || !isInt(maxOffset, minOffset, 1000))
      fail(`term ${i}`);
    for (const x of [ending, tails, near]) if (!isInt(x, -1, lists.length - 1)) fail(`term ${i}`);
  }
  const valid = rows as TermRow[];
  const literals = compileLiterals(valid.map((r) => r[2]));
  const terms = new Array<CompiledTerm>(valid.length);
  for (let i = 0; i < valid.length; i++) {
    const [set, written, core, key, mode, prefixed, ending, tails, near, anchor, minOffset, maxOffset] =
      valid[i] as TermRow;
    const literal = literals[i] ?? null;
    const notNear = near < 0 ? NONE : list(near);
    let notNearByFirst = nearBy.get(near);
    if (notNearByFirst === undefined) {
      notNearByFirst = byFirstLetter(notNear);
      nearBy.set(near, notNearByFirst);
    }
    const source = literal === null ? patternOf(core) : '';
    terms[i] = {
      themeIndex: set,
      term: written === '' ? core : written,
      key: key === '' ? core : key,
      mode: MODES[mode] as MatchMode,
      prefixed: prefixed === 1,
      endings: ending < 0 ? null : (endings[ending] ?? null),
      notTails: tails < 0 ? NONE : list(tails),
      notNear,
      notNearByFirst,
      sticky: literal === null ? new RegExp(source, 'iy') : null,
      core,
      literal,
      probe: probeOf(literal),
      first: literal?.[0]?.codes[0] ?? 0,
      firstAlt: literal?.[0]?.alts[0] ?? 0,
      source,
      anchor,
      minOffset,
      maxOffset,
    };
  }
  // One loop that checks and looks up: an index that is no term's (out of range, not an integer,
  // not a number) finds undefined.
  const termsAt = (x: unknown, what: string): CompiledTerm[] => {
    if (!Array.isArray(x)) fail(what);
    const out = new Array<CompiledTerm>(x.length);
    for (let k = 0; k < x.length; k++) {
      const t = typeof x[k] === 'number' ? terms[x[k] as number] : undefined;
      if (t === undefined) fail(what);
      out[k] = t;
    }
    return out;
  };
  const anchorKeys = strings(t.anchorKeys, 'anchor keys');
  const anchorTerms = arrayOf(t.anchorTerms, 'anchor terms', (x) => termsAt(x, 'anchor terms'));
  const pairKeys = ints(t.pairKeys, 0, 0xffff, 'pair keys');
  const pairTerms = arrayOf(t.pairTerms, 'pair terms', (x) => termsAt(x, 'pair terms'));
  if (anchorKeys.length !== anchorTerms.length || pairKeys.length !== pairTerms.length) fail('index lengths');
  if (typeof t.anchorSource !== 'string' || t.anchorSource === '') fail('anchor source');
  return {
    terms,
    byAnchor: new Map(anchorKeys.map((k, i) => [k, anchorTerms[i] as CompiledTerm[]])),
    byPair: new Map(pairKeys.map((k, i) => [k, pairTerms[i] as CompiledTerm[]])),
    anyStart: termsAt(t.any, 'any'),
    anchorSource: t.anchorSource,
    pass: t.pass === null ? null : passOf(t.pass, terms, termsAt),
  };
}

function passOf(
  input: unknown,
  terms: readonly CompiledTerm[],
  termsAt: (x: unknown, what: string) => CompiledTerm[],
): PassParts {
  if (typeof input !== 'object' || input === null) fail('pass');
  const p = input as Record<string, unknown>;
  const symbols = ints(p.symbols, ANY, SYMBOLS - 1, 'window symbols');
  const deltas = ints(p.deltas, -1000, 1000, 'window deltas');
  const count = deltas.length;
  if (count === 0 || symbols.length !== count * WINDOW || terms.length === 0) fail('window count');
  const windowTerms = arrayOf(p.terms, 'window terms', (x) => termsAt(x, 'window terms'));
  // A next symbol: ANY, a symbol, or AFTER_JOINER (64) + a symbol.
  const nexts = arrayOf(p.nexts, 'window nexts', (x) => ints(x, ANY, 64 + SYMBOLS - 1, 'window nexts'));
  if (windowTerms.length !== count || nexts.length !== count) fail('window count');
  const shift = ints(p.shift, 0, WINDOW - 1, 'shift');
  if (shift.length !== SYMBOLS * SYMBOLS) fail('shift size');
  const windows = deltas.map((delta, i): Window => {
    const own = windowTerms[i] as CompiledTerm[];
    const next = nexts[i] as number[];
    if (own.length === 0 || own.length !== next.length) fail('window terms');
    return { symbols: symbols.slice(i * WINDOW, i * WINDOW + WINDOW), terms: own, nexts: next, delta };
  });
  return { windows, shift: Uint8Array.from(shift) };
}

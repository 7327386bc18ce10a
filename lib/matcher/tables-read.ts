/**
 * Rebuilds the matcher from the tables of tables.ts without compiling: terms, indexes and the
 * skipping pass come from plain data; only the cheap parts (combinations, signs, the patient's
 * cues) are built from the vocabulary as compileMatcher does. The tables come from another
 * context through a message, so everything is checked: on anything unexpected the result is null
 * (the caller compiles instead), never an exception.
 */
import type { MatchMode } from '../../data/vocabulary-schema.ts';
import { type LexiconParts, lexiconFrom } from './compile.ts';
import { compileLiterals, type LiteralWord, probeOf } from './literal.ts';
import { byFirstLetter } from './near.ts';
import { type PassParts, passFromSteps, type Window } from './pass.ts';
import { type CompiledTerm, patternOf } from './patterns.ts';
import { matcherWith, type ReaderOptions, readerSets, type Vocabulary } from './reader.ts';
import { finish, STEP, type Steps } from './steps.ts';
import { type MatcherTables, MODES, TABLES_VERSION, type TermColumns } from './tables.ts';
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
  return finish(matcherFromTablesSteps(tables, vocabulary, options, refused));
}

/** The same in steps (steps.ts), so a page runs it in short slices as it would the compile. */
export function* matcherFromTablesSteps(
  tables: unknown,
  vocabulary: Vocabulary,
  options: ReaderOptions = {},
  refused: (reason: string) => void = () => undefined,
): Steps<Matcher | null> {
  try {
    const sets = readerSets(vocabulary);
    const count = sets.reduce((n, s) => n + s.terms.length, 0);
    const parts = yield* partsOf(tables, sets.length, count);
    yield;
    const pass = parts.pass === null ? null : yield* passFromSteps(parts.pass, parts.terms);
    yield;
    const lexicon = lexiconFrom(parts, sets.length, pass);
    yield;
    return matcherWith(vocabulary, lexicon, options);
  } catch (e) {
    // Anything else than BadTables would be a bug here, not bad input: still never break the page.
    refused(e instanceof BadTables ? e.message : 'unexpected error');
    return null;
  }
}

function* partsOf(input: unknown, setCount: number, termCount: number): Steps<LexiconParts> {
  if (typeof input !== 'object' || input === null) fail('not an object');
  const t = input as Partial<Record<keyof MatcherTables, unknown>>;
  if (t.version !== TABLES_VERSION) fail('another version');
  if (t.sets !== setCount || t.termCount !== termCount) fail('another vocabulary');
  const lists = arrayOf(t.lists, 'lists', (l) => strings(l, 'list'));
  const endings = lists.map((l) => new Set(l) as ReadonlySet<string>);
  const nearBy = new Map<number, ReturnType<typeof byFirstLetter>>();
  const list = (i: number): readonly string[] => (i < 0 ? NONE : (lists[i] ?? fail('list index')));
  if (typeof t.terms !== 'object' || t.terms === null) fail('terms');
  const c = t.terms as Partial<Record<keyof TermColumns, unknown>>;
  const column = <T>(x: unknown, check: (v: unknown) => boolean): T[] => {
    if (!Array.isArray(x) || x.length !== termCount) fail('term column');
    for (const v of x) if (!check(v)) fail('term column');
    return x as T[];
  };
  const str = (v: unknown) => typeof v === 'string';
  const listRef = (v: unknown) => isInt(v, -1, lists.length - 1);
  const set = column<number>(c.set, (v) => isInt(v, 0, setCount - 1));
  yield;
  const written = column<string>(c.written, str);
  const cores = column<string>(c.core, str);
  yield;
  const keys = column<string>(c.key, str);
  yield;
  const modes = column<number>(c.mode, (v) => isInt(v, 0, MODES.length - 1));
  const prefixed = column<number>(c.prefixed, (v) => isInt(v, 0, 1));
  yield;
  const ending = column<number>(c.endings, listRef);
  const tails = column<number>(c.notTails, listRef);
  yield;
  const near = column<number>(c.notNear, listRef);
  const anchors = column<string>(c.anchor, str);
  yield;
  const minOffset = column<number>(c.minOffset, (v) => isInt(v, 0, 1000));
  const maxOffset = column<number>(c.maxOffset, (v) => isInt(v, 0, 1000));
  yield;
  // In chunks, so no slice of a slow page holds all of them.
  const literals: (LiteralWord[] | null)[] = [];
  for (let i = 0; i < termCount; i += 16 * STEP) {
    for (const l of compileLiterals(cores.slice(i, i + 16 * STEP))) literals.push(l);
    yield;
  }
  yield;
  const terms = new Array<CompiledTerm>(termCount);
  for (let i = 0; i < termCount; i++) {
    if (i % (8 * STEP) === 8 * STEP - 1) yield;
    const core = cores[i] as string;
    const literal = literals[i] ?? null;
    const n = near[i] as number;
    const notNear = list(n);
    let notNearByFirst = nearBy.get(n);
    if (notNearByFirst === undefined) {
      notNearByFirst = byFirstLetter(notNear);
      nearBy.set(n, notNearByFirst);
    }
    const e = ending[i] as number;
    const source = literal === null ? patternOf(core) : '';
    terms[i] = {
      themeIndex: set[i] as number,
      term: written[i] || core,
      key: keys[i] || core,
      mode: MODES[modes[i] as number] as MatchMode,
      prefixed: prefixed[i] === 1,
      endings: e < 0 ? null : (endings[e] ?? null),
      notTails: list(tails[i] as number),
      notNear,
      notNearByFirst,
      sticky: literal === null ? new RegExp(source, 'iy') : null,
      core,
      literal,
      probe: probeOf(literal),
      first: literal?.[0]?.codes[0] ?? 0,
      firstAlt: literal?.[0]?.alts[0] ?? 0,
      source,
      anchor: anchors[i] as string,
      minOffset: minOffset[i] as number,
      maxOffset: Math.max(minOffset[i] as number, maxOffset[i] as number),
    };
  }
  // Lists of terms, each its length and then its indexes: an index that is no term's (out of
  // range, not an integer, not a number) finds undefined.
  const termLists = (x: unknown, what: string): CompiledTerm[][] => {
    if (!Array.isArray(x)) fail(what);
    const out: CompiledTerm[][] = [];
    for (let k = 0; k < x.length; ) {
      const n = x[k++];
      if (!isInt(n, 0, x.length - k)) fail(what);
      const own = new Array<CompiledTerm>(n);
      for (let j = 0; j < n; j++) {
        const at = x[k++];
        const found = typeof at === 'number' ? terms[at] : undefined;
        if (found === undefined) fail(what);
        own[j] = found;
      }
      out.push(own);
    }
    return out;
  };
  yield;
  const anchorKeys = strings(t.anchorKeys, 'anchor keys');
  const anchorTerms = termLists(t.anchorTerms, 'anchor terms');
  yield;
  const pairKeys = ints(t.pairKeys, 0, 0xffff, 'pair keys');
  const pairTerms = termLists(t.pairTerms, 'pair terms');
  if (anchorKeys.length !== anchorTerms.length || pairKeys.length !== pairTerms.length) fail('index lengths');
  if (typeof t.anchorSource !== 'string' || t.anchorSource === '') fail('anchor source');
  const any = ints(t.any, 0, termCount - 1, 'any');
  return {
    terms,
    byAnchor: new Map(anchorKeys.map((k, i) => [k, anchorTerms[i] as CompiledTerm[]])),
    byPair: new Map(pairKeys.map((k, i) => [k, pairTerms[i] as CompiledTerm[]])),
    anyStart: any.map((i) => terms[i] as CompiledTerm),
    anchorSource: t.anchorSource,
    pass: t.pass === null ? null : yield* passOf(t.pass, terms, termLists),
  };
}

function* passOf(
  input: unknown,
  terms: readonly CompiledTerm[],
  termLists: (x: unknown, what: string) => CompiledTerm[][],
): Steps<PassParts> {
  if (typeof input !== 'object' || input === null) fail('pass');
  const p = input as Record<string, unknown>;
  const symbols = ints(p.symbols, ANY, SYMBOLS - 1, 'window symbols');
  const deltas = ints(p.deltas, -1000, 1000, 'window deltas');
  const count = deltas.length;
  if (count === 0 || symbols.length !== count * WINDOW || terms.length === 0) fail('window count');
  yield;
  const windowTerms = termLists(p.terms, 'window terms');
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

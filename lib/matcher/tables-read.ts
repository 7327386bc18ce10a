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
import { passFromSteps } from './pass.ts';
import { type CompiledTerm, patternOf } from './patterns.ts';
import { matcherWith, modelSteps, type ReaderOptions, readerSets, type Vocabulary } from './reader.ts';
import { finish, STEP, type Steps } from './steps.ts';
import { type MatcherTables, MODES, TABLES_VERSION, type TermColumns } from './tables.ts';
import { arrayOf, BadTables, fail, ints, isInt, passOf, strings } from './tables-check.ts';
import type { Matcher } from './types.ts';

const NONE: readonly string[] = [];

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
    return matcherWith(vocabulary, lexicon, options, yield* modelSteps(options.model));
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
  for (let i = 0; i < termCount; i += 4 * STEP) {
    for (const l of compileLiterals(cores.slice(i, i + 4 * STEP))) literals.push(l);
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
  function* termLists(x: unknown, what: string): Steps<CompiledTerm[][]> {
    if (!Array.isArray(x)) fail(what);
    const out: CompiledTerm[][] = [];
    for (let k = 0; k < x.length; ) {
      if (out.length % (8 * STEP) === 8 * STEP - 1) yield;
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
  }
  yield;
  const anchorKeys = strings(t.anchorKeys, 'anchor keys');
  const anchorTerms = yield* termLists(t.anchorTerms, 'anchor terms');
  yield;
  const pairKeys = ints(t.pairKeys, 0, 0xffff, 'pair keys');
  const pairTerms = yield* termLists(t.pairTerms, 'pair terms');
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

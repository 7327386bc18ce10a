/**
 * The compiled lexicon as plain data, so that the service worker compiles the vocabulary once and
 * each page rebuilds the same matcher from it without compiling (tables-read.ts). Everything is
 * arrays, numbers and strings: runtime messaging is JSON. Terms are referred to by their index in
 * `terms` (longest first, the order the lexicon tries them in); endings, notTails and notNear
 * lists are stored once in `lists` and referred to by index, since many terms share one.
 */
import { compileLexiconParts, type LexiconParts } from './compile.ts';
import type { CompiledTerm } from './patterns.ts';
import { readerSets, type Vocabulary } from './reader.ts';
import { finish, type Steps } from './steps.ts';

/** Bumped whenever the tables or what they mean change: a page ignores tables of another version. */
export const TABLES_VERSION = 1;

export const MODES = ['stem', 'inflect', 'exact'] as const;

/**
 * The compiled terms, one column per field (a few long arrays parse and collect faster on a page
 * than thousands of small ones): the term as written ('' = the same as core), its key ('' = the
 * same as core), mode (index in MODES), prefixed (0/1), endings (list index, -1 = any), notTails
 * and notNear (list index, -1 = none).
 */
export interface TermColumns {
  set: number[];
  written: string[];
  core: string[];
  key: string[];
  mode: number[];
  prefixed: number[];
  endings: number[];
  notTails: number[];
  notNear: number[];
  anchor: string[];
  minOffset: number[];
  maxOffset: number[];
}

/** Lists of term indexes (or symbols) in one array: each list as its length, then its items. */
export function grouped(lists: readonly (readonly number[])[]): number[] {
  const out: number[] = [];
  for (const list of lists) {
    out.push(list.length);
    for (const x of list) out.push(x);
  }
  return out;
}

export interface PassTables {
  /** WINDOW symbols per window, one after another (-1 = any symbol). */
  symbols: number[];
  /** Per window: where its terms start relative to its first symbol. */
  deltas: number[];
  /** Per window (grouped): its terms (indexes in `terms`) and the symbol each has after the window. */
  terms: number[];
  nexts: number[];
  /** SYMBOLS × SYMBOLS skip distances. */
  shift: number[];
}

export interface MatcherTables {
  version: number;
  /** How many term sets the lexicon reads (readerSets of the vocabulary), and their terms in all. */
  sets: number;
  termCount: number;
  lists: string[][];
  terms: TermColumns;
  /** Anchor key → terms that may stand there (keys, and their term lists grouped). */
  anchorKeys: string[];
  anchorTerms: number[];
  /** First two lower-case codes (a << 8 | b) → terms; `any` for terms without such a pair. */
  pairKeys: number[];
  pairTerms: number[];
  any: number[];
  anchorSource: string;
  pass: PassTables | null;
}

/** The tables of the matcher of this vocabulary (what compileMatcher would build). */
export function toTables(vocabulary: Vocabulary): MatcherTables {
  return finish(toTablesSteps(vocabulary));
}

/** The same in steps (steps.ts), for a service worker that should not block for long. */
export function* toTablesSteps(vocabulary: Vocabulary): Steps<MatcherTables> {
  const sets = readerSets(vocabulary);
  const parts = yield* compileLexiconParts(sets);
  yield;
  return tablesOf(parts, sets.length);
}

function tablesOf(parts: LexiconParts, sets: number): MatcherTables {
  const index = new Map<CompiledTerm, number>(parts.terms.map((t, i) => [t, i]));
  const ids = (list: readonly CompiledTerm[]): number[] => list.map((t) => index.get(t) ?? -1);
  const lists: string[][] = [];
  const listIndex = new Map<string, number>();
  const listOf = (list: Iterable<string> | null): number => {
    if (list === null) return -1;
    const items = [...list];
    const key = JSON.stringify(items);
    let at = listIndex.get(key);
    if (at === undefined) {
      at = lists.length;
      lists.push(items);
      listIndex.set(key, at);
    }
    return at;
  };
  const all = parts.terms;
  const terms: TermColumns = {
    set: all.map((t) => t.themeIndex),
    written: all.map((t) => (t.term === t.core ? '' : t.term)),
    core: all.map((t) => t.core),
    key: all.map((t) => (t.key === t.core ? '' : t.key)),
    mode: all.map((t) => MODES.indexOf(t.mode)),
    prefixed: all.map((t) => (t.prefixed ? 1 : 0)),
    endings: all.map((t) => listOf(t.endings)),
    notTails: all.map((t) => (t.notTails.length === 0 ? -1 : listOf(t.notTails))),
    notNear: all.map((t) => (t.notNear.length === 0 ? -1 : listOf(t.notNear))),
    anchor: all.map((t) => t.anchor),
    minOffset: all.map((t) => t.minOffset),
    maxOffset: all.map((t) => t.maxOffset),
  };
  const pass = parts.pass;
  return {
    version: TABLES_VERSION,
    sets,
    termCount: all.length,
    lists,
    terms,
    anchorKeys: [...parts.byAnchor.keys()],
    anchorTerms: grouped([...parts.byAnchor.values()].map(ids)),
    pairKeys: [...parts.byPair.keys()],
    pairTerms: grouped([...parts.byPair.values()].map(ids)),
    any: ids(parts.anyStart),
    anchorSource: parts.anchorSource,
    pass:
      pass === null
        ? null
        : {
            symbols: pass.windows.flatMap((w) => w.symbols),
            deltas: pass.windows.map((w) => w.delta),
            terms: grouped(pass.windows.map((w) => ids(w.terms))),
            nexts: grouped(pass.windows.map((w) => w.nexts)),
            shift: [...pass.shift],
          },
  };
}

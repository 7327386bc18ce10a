/**
 * The lexicon pass: finds every mention of every term set (a situation's own terms, a part of a
 * combination, a resource's names) in one pass. One combined RegExp of short anchors (see
 * anchorOf) finds candidate positions; each candidate is checked only against the terms that own
 * its anchor, with charCode comparisons (literal.ts), then word boundaries, endings and context
 * rules. Nothing is sliced or lower-cased until a term is accepted, so the many false candidates
 * of clinical text ("Sexuell hälsa", "Eskort till röntgen") cost little next to the pass. What the
 * mentions mean in their sentence is decided afterwards (reader.ts).
 */
import type { Term } from '../../data/vocabulary-schema.ts';
import * as indexes from './indexes.ts';
import { byFirstPair, termsByAnchor } from './indexes.ts';
import * as literal from './literal.ts';
import { type CandidatePass, compilePassSteps, type PassParts, passFrom } from './pass.ts';
import { type CompiledTerm, compileTerm, patternOf } from './patterns.ts';
import { finish, STEP, type Steps } from './steps.ts';
import * as chars from './text.ts';
import { termKey } from './text.ts';
import * as verify from './verify.ts';

// tsx and vitest compile every use of an imported binding into a getter call; in the per-candidate
// loop that cost more than the checks themselves (scripts/bench/matcher.bench.ts). Read them once.
const { isWordChar } = chars;
const { acceptAt } = verify;
const { LOWER } = literal;
const { pairKey } = indexes;

/** What was counted at one start position of the current candidate. */
interface AtStart {
  /** Start of the word the first hit there belongs to (earlier than the position for a prefixed term) */
  start: number;
  /** Sets already counted at this start (rarely more than two). */
  sets: number[];
}

/** A term set: the terms of one situation, one part or one resource's names. */
export interface TermSet {
  terms: readonly Term[];
}

/** Called for each mention in text order: the set, where it stands, and the term as written in the data. */
export type MentionVisitor = (set: number, start: number, end: number, term: string) => void;

export interface Lexicon {
  /**
   * Every mention in `text`, in about text order (the reader sorts). A set's mentions never
   * overlap, except that a longer mention of the set that covers one already reported (met at a
   * later anchor) is reported after it: consumers keep the covering one.
   */
  find(text: string, visit: MentionVisitor): void;
  readonly sets: number;
}

/** Whether a character can begin term t: what literal.ts would check first, without a call. */
function startsLike(code: number, t: CompiledTerm): boolean {
  const lower = code < 256 ? (LOWER[code] ?? 0) : 0;
  return lower === t.first || (lower !== 0 && lower === t.firstAlt);
}

function isWordStart(text: string, at: number): boolean {
  return isWordChar(text.charCodeAt(at)) && (at === 0 || !isWordChar(text.charCodeAt(at - 1)));
}

/** The lexicon for these sets, compiled in one go (tests, the CLI, the service worker). */
export function compileLexicon(sets: readonly TermSet[]): Lexicon {
  return finish(compileLexiconSteps(sets));
}

/**
 * The same compilation in steps: it yields now and then (about every STEP terms), so a page's
 * content script can spread it over short tasks (steps.ts) instead of blocking the page with it.
 */
export function* compileLexiconSteps(sets: readonly TermSet[]): Steps<Lexicon> {
  return lexiconFrom(yield* compileLexiconParts(sets), sets.length);
}

/**
 * What a lexicon is built from, all of it computed here: the compiled terms (longest first), the
 * terms by anchor and by first pair, the anchors' RegExp source and the skipping pass's parts.
 * tables.ts turns these into plain data and back, so a page need not compile.
 */
export interface LexiconParts {
  terms: CompiledTerm[];
  byAnchor: Map<string, CompiledTerm[]>;
  byPair: Map<number, CompiledTerm[]>;
  anyStart: CompiledTerm[];
  anchorSource: string;
  pass: PassParts | null;
}

export function* compileLexiconParts(sets: readonly TermSet[]): Steps<LexiconParts> {
  const terms: CompiledTerm[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (const t of sets[i]?.terms ?? []) {
      terms.push(compileTerm(t, i));
      if (terms.length % STEP === 0) yield;
    }
  }
  terms.sort((a, b) => b.key.length - a.key.length);
  yield;
  const byAnchor = yield* termsByAnchor(terms);
  yield;
  // Grouped by their first two letters, so tryAt compares most positions with a few terms only.
  const { pairs: byPair, any: anyStart } = yield* byFirstPair(terms);
  const anchors = [...new Set(terms.map((t) => t.anchor))].sort((a, b) => b.length - a.length);
  yield;
  const anchorSource = anchors.map(patternOf).join('|') || '(?!)';
  yield;
  const pass = yield* compilePassSteps(terms);
  return { terms, byAnchor, byPair, anyStart, anchorSource, pass };
}

/**
 * The lexicon of `count` term sets from its parts: no compiling, only the closures of the scan
 * (and the pass from its parts, unless `built` already is).
 */
export function lexiconFrom(
  parts: LexiconParts,
  count: number,
  built: CandidatePass | null = parts.pass === null ? null : passFrom(parts.pass, parts.terms),
): Lexicon {
  const { byAnchor, byPair, anyStart } = parts;
  const EMPTY: CompiledTerm[] = [];
  const combined = new RegExp(parts.anchorSource, 'gi');
  const stickyAnchors = new RegExp(parts.anchorSource, 'iy');
  const pass = built;
  // Matched anchor as written ("Eskort", "ESKORT") → terms, so termKey runs once per spelling.
  const bySpelling = new Map<string, CompiledTerm[]>();
  const termsOf = (written: string): CompiledTerm[] => {
    let found = bySpelling.get(written);
    if (found === undefined) {
      found = byAnchor.get(termKey(written)) ?? [];
      if (bySpelling.size < 10_000) bySpelling.set(written, found);
    }
    return found;
  };

  function find(text: string, visit: MentionVisitor): void {
    // Sets already counted at a start, for the current anchor only.
    let counted: Map<number, AtStart> | null = null;
    // Per set, where its last mention ended: mentions of one set never overlap, while a part
    // ("är rädd") and a situation ("rädd för sitt liv") may share words.
    const floors = new Int32Array(count);
    // Per set, where its last mention started: a longer term of the set at that same start may
    // still come (met at a later anchor) and is reported too; the reader keeps the longest.
    const starts = new Int32Array(count).fill(-1);
    const lengths = new Int32Array(count);
    // Mentions of the current anchor, reported when it is done, so that a longer term of a set at
    // the same start (tried at that start by alsoAt) replaces the shorter one.
    const pending: { set: number; start: number; end: number; term: string }[] = [];
    const emit = (set: number, start: number, end: number, term: string): void => {
      if (end > (floors[set] ?? 0) || start !== starts[set]) lengths[set] = term.length;
      else lengths[set] = Math.max(lengths[set] ?? 0, term.length);
      if (end > (floors[set] ?? 0)) floors[set] = end;
      starts[set] = start;
      const same = pending.find((p) => p.set === set && p.start === start);
      if (same === undefined) pending.push({ set, start, end, term });
      else if (end > same.end || (end === same.end && term.length > same.term.length)) {
        same.end = end;
        same.term = term;
      }
    };
    const flush = (): void => {
      for (const p of pending) visit(p.set, p.start, p.end, p.term);
      pending.length = 0;
    };
    /** Whether `at` lies inside the set's previous mention, after its start (nothing new can start there). */
    const insidePrevious = (set: number, at: number): boolean =>
      at > (starts[set] ?? -1) && at < (floors[set] ?? 0);
    /**
     * Whether a mention of `set` would overlap one already reported; at the same start only a
     * longer one (or one as long, of a longer term) may still come.
     */
    const taken = (set: number, start: number, end: number, term: string): boolean => {
      const floor = floors[set] ?? 0;
      if (start >= floor) return false;
      // A mention that covers the set's previous one (met at a later anchor) is reported too.
      if (start < (starts[set] ?? 0) && end >= floor) return false;
      if (start !== starts[set]) return true;
      return !(end > floor || (end === floor && term.length > (lengths[set] ?? 0)));
    };

    /**
     * Counts the themes not yet counted at `at` (and, for a hit inside a word, at that word's
     * start) whose terms also match there; returns the furthest end.
     */
    function alsoAt(at: number, state: AtStart): void {
      if (state.start !== at) tryAt(state.start, state);
      tryAt(at, state);
      // A term that starts earlier but is anchored later is met at its own anchor: the pass
      // no longer skips the text inside a hit.
    }

    /** Tries the terms that may start with the two characters at `at`. */
    function tryAt(at: number, state: AtStart): void {
      const a = text.charCodeAt(at);
      const b = text.charCodeAt(at + 1);
      const wordStart = isWordStart(text, at);
      const pair = a < 256 && b < 256 ? (byPair.get(pairKey(LOWER[a] ?? 0, LOWER[b] ?? 0)) ?? EMPTY) : EMPTY;
      tryList(pair, at, state, wordStart);
      tryList(anyStart, at, state, wordStart);
    }

    function tryList(list: readonly CompiledTerm[], at: number, state: AtStart, wordStart: boolean): void {
      for (const t of list) {
        if (insidePrevious(t.themeIndex, at)) continue;
        if (!t.prefixed && !wordStart) continue;
        const found = acceptAt(text, at, t);
        if (found === null || taken(t.themeIndex, found.start, found.end, t.term)) continue;
        if (!state.sets.includes(t.themeIndex)) state.sets.push(t.themeIndex);
        emit(t.themeIndex, found.start, found.end, t.term);
      }
    }
    /** The candidate step at one anchor (`written` as it stands in the text). */
    function atAnchor(index: number, written: string): void {
      counted = null;
      for (const t of termsOf(written)) {
        for (let offset = t.maxOffset; offset >= t.minOffset; offset--) {
          const at = index - offset;
          // A set's terms never overlap: one starting inside its earlier hit is not a second mention
          // ("exploatering" inside "sexuell exploatering").
          if (insidePrevious(t.themeIndex, at)) continue;
          if (t.first !== 0 && !startsLike(text.charCodeAt(at), t)) continue;
          if (offset > 0 && !t.prefixed && !isWordStart(text, at)) continue;
          const here = counted?.get(at);
          if (here?.sets.includes(t.themeIndex)) continue;
          const found = acceptAt(text, at, t);
          if (found === null || taken(t.themeIndex, found.start, found.end, t.term)) continue;
          const state = here ?? { start: found.start, sets: [] };
          state.sets.push(t.themeIndex);
          counted ??= new Map();
          counted.set(at, state);
          emit(t.themeIndex, found.start, found.end, t.term);
          break;
        }
      }
      // A term of another theme may start at the same place under another anchor ("öaaa" beside
      // a stem "öä" that folds to its prefix): the anchor that matched first must not hide it.
      if (counted !== null) for (const [at, state] of counted) alsoAt(at, state);
      flush();
    }

    if (pass === null) {
      const re = new RegExp(combined);
      let m: RegExpExecArray | null = re.exec(text);
      while (m !== null) {
        atAnchor(m.index, m[0]);
        re.lastIndex = m.index + 1;
        m = re.exec(text);
      }
    } else {
      // The positions the pass hands on, checked as the combined RegExp would have met them there.
      const sticky = new RegExp(stickyAnchors);
      pass.run(text, (index) => {
        sticky.lastIndex = index;
        const m = sticky.exec(text);
        if (m !== null) atAnchor(index, m[0]);
      });
    }
  }

  return { find, sets: count };
}

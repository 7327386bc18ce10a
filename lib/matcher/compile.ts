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
import * as literal from './literal.ts';
import { compilePass } from './pass.ts';
import { type CompiledTerm, compileTerm, patternOf } from './patterns.ts';
import * as chars from './text.ts';
import { termKey } from './text.ts';
import * as verify from './verify.ts';

// tsx and vitest compile every use of an imported binding into a getter call; in the per-candidate
// loop that cost more than the checks themselves (scripts/bench/matcher.bench.ts). Read them once.
const { isWordChar } = chars;
const { acceptAt } = verify;
const { LOWER } = literal;

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
  /** Every mention in `text`, in order of start; at most one per set and start, never overlapping. */
  find(text: string, visit: MentionVisitor): void;
  readonly sets: number;
}

/**
 * For every anchor: the terms it may belong to, longest first. A longer anchor ("sexue") also
 * stands for terms whose anchor is a prefix of it ("sex"): the alternation takes the longest.
 */
function termsByAnchor(terms: CompiledTerm[]): Map<string, CompiledTerm[]> {
  const out = new Map<string, CompiledTerm[]>();
  for (const key of new Set(terms.map((t) => termKey(t.anchor)))) {
    out.set(
      key,
      terms.filter((t) => key.startsWith(termKey(t.anchor)) && mayContinue(t, key)),
    );
  }
  return out;
}

/** Whether text starting with `anchorKey` at t's anchor can still be t (pruned at compile time). */
function mayContinue(t: CompiledTerm, anchorKey: string): boolean {
  const rest = t.key.slice(t.minOffset);
  if (rest.startsWith(anchorKey)) return true;
  if (!anchorKey.startsWith(rest)) return false;
  // The anchor runs past the end of the term: the extra letters are its ending.
  const extra = anchorKey.slice(rest.length);
  return t.endings === null || [...t.endings].some((e) => e.startsWith(extra));
}

/** Whether a character can begin term t: what literal.ts would check first, without a call. */
function startsLike(code: number, t: CompiledTerm): boolean {
  const lower = code < 256 ? (LOWER[code] ?? 0) : 0;
  return lower === t.first || (lower !== 0 && lower === t.firstAlt);
}

/**
 * Terms by the lower-case code of a character they may start with (LOWER, 0 above U+00FF), in
 * their given order; a term whose first letter is unknown (RegExp fallback) is in every list.
 */
function byFirstCode(terms: readonly CompiledTerm[]): CompiledTerm[][] {
  return Array.from({ length: 256 }, (_, code) =>
    terms.filter((t) => t.first === 0 || (code !== 0 && (t.first === code || t.firstAlt === code))),
  );
}

function isWordStart(text: string, at: number): boolean {
  return isWordChar(text.charCodeAt(at)) && (at === 0 || !isWordChar(text.charCodeAt(at - 1)));
}

export function compileLexicon(sets: readonly TermSet[]): Lexicon {
  const terms: CompiledTerm[] = [];
  sets.forEach((set, i) => {
    for (const t of set.terms) terms.push(compileTerm(t, i));
  });
  terms.sort((a, b) => b.key.length - a.key.length);
  const byAnchor = termsByAnchor(terms);
  // How far back a term may start before a hit it covers (multiword terms allow up to three
  // joiners between words, so the text can be longer than the key).
  const lookBack = 4 * Math.max(0, ...terms.map((t) => t.key.length));
  // Only a term whose anchor is not its first letters can start before the place the pass met.
  // Grouped by first letter, so the look-back and tryAt skip most positions with one lookup.
  const lateByFirst = byFirstCode(terms.filter((t) => t.maxOffset > 0));
  const allByFirst = byFirstCode(terms);
  const anchors = [...new Set(terms.map((t) => t.anchor))].sort((a, b) => b.length - a.length);
  const combined = new RegExp(anchors.map(patternOf).join('|') || '(?!)', 'gi');
  const stickyAnchors = new RegExp(combined.source, 'iy');
  const pass = compilePass(terms);
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
    const floors = new Int32Array(sets.length);
    const emit = (set: number, start: number, end: number, term: string): void => {
      if (end > (floors[set] ?? 0)) floors[set] = end;
      visit(set, start, end, term);
    };

    /**
     * Counts the themes not yet counted at `at` (and, for a hit inside a word, at that word's
     * start) whose terms also match there; returns the furthest end.
     */
    function alsoAt(at: number, state: AtStart): number {
      let end = at;
      if (state.start !== at) end = tryAt(state.start, state, -1);
      end = Math.max(end, tryAt(at, state, -1));
      // A longer term that starts earlier but is anchored later ("åö öaaaå aä" around "öaaaå"):
      // one that ends before `at` was already seen.
      for (let p = at - 1; p >= Math.max(0, at - lookBack); p--) {
        const code = text.charCodeAt(p);
        const late = lateByFirst[code < 256 ? (LOWER[code] ?? 0) : 0] ?? [];
        if (late.length > 0 && isWordStart(text, p)) end = Math.max(end, tryAt(p, state, at, late));
      }
      return end;
    }

    /**
     * Tries the terms that may start with the character at `at` (or `candidates`, already chosen
     * by it); with `past` ≥ 0, only hits that reach beyond `past` count.
     */
    function tryAt(at: number, state: AtStart, past: number, candidates?: CompiledTerm[]): number {
      let end = at;
      const code = text.charCodeAt(at);
      const wordStart = isWordStart(text, at);
      // Only terms that may start with this character (startsLike), in the order of `terms`.
      const list = candidates ?? allByFirst[code < 256 ? (LOWER[code] ?? 0) : 0] ?? [];
      for (const t of list) {
        if (state.sets.includes(t.themeIndex) || at < (floors[t.themeIndex] ?? 0)) continue;
        if (!t.prefixed && !wordStart) continue;
        const found = acceptAt(text, at, t);
        if (found === null || found.end <= past || found.start < (floors[t.themeIndex] ?? 0)) continue;
        state.sets.push(t.themeIndex);
        end = Math.max(end, found.end);
        emit(t.themeIndex, found.start, found.end, t.term);
      }
      return end;
    }
    /** The candidate step at one anchor (`written` as it stands in the text). */
    function atAnchor(index: number, written: string): void {
      counted = null;
      for (const t of termsOf(written)) {
        for (let offset = t.maxOffset; offset >= t.minOffset; offset--) {
          const at = index - offset;
          // A set's terms never overlap: one starting inside its earlier hit is not a second mention
          // ("exploatering" inside "sexuell exploatering").
          if (at < (floors[t.themeIndex] ?? 0)) continue;
          if (t.first !== 0 && !startsLike(text.charCodeAt(at), t)) continue;
          if (offset > 0 && !t.prefixed && !isWordStart(text, at)) continue;
          const here = counted?.get(at);
          if (here?.sets.includes(t.themeIndex)) continue;
          const found = acceptAt(text, at, t);
          if (found === null || found.start < (floors[t.themeIndex] ?? 0)) continue;
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

  return { find, sets: sets.length };
}

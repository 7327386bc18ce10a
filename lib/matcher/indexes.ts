/**
 * The lexicon's indexes of its compiled terms (compile.ts): by anchor, for the anchor step, and by
 * their first two letters, for the terms tried at a hit's start.
 */
import type { CompiledTerm } from './patterns.ts';
import { STEP, type Steps } from './steps.ts';
import { termKey } from './text.ts';

/**
 * For every anchor: the terms it may belong to, longest first. A longer anchor ("sexue") also
 * stands for terms whose anchor is a prefix of it ("sex"): the alternation takes the longest.
 */
export function* termsByAnchor(terms: CompiledTerm[]): Steps<Map<string, CompiledTerm[]>> {
  // Terms by their own anchor key: earliest start first, then in the given (longest first) order.
  const own = new Map<string, CompiledTerm[]>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as CompiledTerm;
    if (i % (4 * STEP) === 4 * STEP - 1) yield;
    const key = termKey(t.anchor);
    const list = own.get(key) ?? [];
    list.push(t);
    own.set(key, list);
  }
  const order = new Map(terms.map((t, i) => [t, i]));
  const out = new Map<string, CompiledTerm[]>();
  for (const key of own.keys()) {
    if (out.size % STEP === STEP - 1) yield;
    const found: CompiledTerm[] = [];
    for (let n = 1; n <= key.length; n++) {
      for (const t of own.get(key.slice(0, n)) ?? []) if (mayContinue(t, key)) found.push(t);
    }
    out.set(
      key,
      // A term that starts further before the anchor first: of one set's overlapping terms the
      // earlier start wins ("som tolkar" before "tolkar åt honom" in "som tolkar åt honom").
      found.sort((a, b) => b.maxOffset - a.maxOffset || (order.get(a) ?? 0) - (order.get(b) ?? 0)),
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
  if (t.endings === null) return true;
  for (const e of t.endings) if (e.startsWith(extra)) return true;
  return false;
}

/** Lookup key of the first two characters (lower case) of a term or a text position. */
export function pairKey(a: number, b: number): number {
  return (a << 8) | b;
}

/**
 * Terms by every pair of lower-case codes their first two letters may be written as ("äl" and
 * "al" for "äldre"); terms whose first word is shorter or not compiled are in `any`.
 */
export function* byFirstPair(terms: readonly CompiledTerm[]): Steps<{
  pairs: Map<number, CompiledTerm[]>;
  any: CompiledTerm[];
}> {
  const pairs = new Map<number, CompiledTerm[]>();
  const any: CompiledTerm[] = [];
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i] as CompiledTerm;
    if (i % (4 * STEP) === 4 * STEP - 1) yield;
    const word = t.literal?.[0];
    if (word === undefined || word.codes.length < 2) {
      any.push(t);
      continue;
    }
    const firsts = [word.codes[0] ?? 0, word.alts[0] ?? 0].filter((c) => c !== 0);
    const seconds = [word.codes[1] ?? 0, word.alts[1] ?? 0].filter((c) => c !== 0);
    for (const a of new Set(firsts))
      for (const b of new Set(seconds)) {
        const list = pairs.get(pairKey(a, b)) ?? [];
        list.push(t);
        pairs.set(pairKey(a, b), list);
      }
  }
  return { pairs, any };
}

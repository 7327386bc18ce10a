/**
 * Candidate filtering, one term at a time: each term narrows the previous term's candidates
 * (so terms match in any order and across fields). Results are remembered per query prefix,
 * and a new keystroke only re-tests what the shorter query matched wherever that is a
 * superset (see `narrowest`), so typing costs little after the first few letters.
 */
import uFuzzy from '@leeoniya/ufuzzy';
import { Memo } from './memo.ts';

/** Typo-tolerant (one insertion, deletion, substitution or swap per term of ≥ 5 letters). */
export const fuzzy = new uFuzzy({ intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 });

const MEMO_SIZE = 64;
/** uFuzzy's default rules match runs of 1–2 letters and all digit runs exactly: no regex needed. */
const TYPO_RUN = /[a-z]{3}/;
const LETTERS = /^[a-z]+$/;
/** From this length on uFuzzy allows every kind of edit (shorter terms: swaps, insertions only). */
const FULL_RULES = 5;
/** An exact piece shorter than this matches most entries and narrows nothing. */
const MIN_PIECE = 3;

/** Sorted union of two sorted index lists. */
function union(a: number[], b: number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i] ?? Number.POSITIVE_INFINITY;
    const y = b[j] ?? Number.POSITIVE_INFINITY;
    out.push(Math.min(x, y));
    if (x <= y) i++;
    if (y <= x) j++;
  }
  return out;
}

/** A list of folded strings plus one '\n'-joined copy, so an exact scan is a few indexOf calls. */
export class Haystack {
  readonly joined: string;
  readonly starts: number[] = [];

  constructor(readonly list: readonly string[]) {
    let at = 0;
    for (const s of list) {
      this.starts.push(at);
      at += s.length + 1;
    }
    this.joined = list.join('\n');
  }
}

export class TermScanner {
  private readonly memo = new Memo<number[]>(MEMO_SIZE);
  private readonly hay: readonly string[];

  constructor(
    private readonly haystack: Haystack,
    private readonly typos: boolean,
  ) {
    this.hay = haystack.list;
  }

  /** Indexes (ascending) of haystack strings that contain every term (fuzzily when `typos`). */
  matchAll(terms: readonly string[]): number[] {
    let idxs: number[] | undefined;
    let key = '';
    for (const term of terms) {
      const before = key;
      key = key === '' ? term : `${key} ${term}`;
      const known = this.memo.get(key);
      if (known !== undefined) idxs = known;
      else {
        const shorter = this.narrowest(before, term);
        idxs = this.memo.set(key, this.term(term, shorter ?? idxs, shorter !== undefined));
      }
      if (idxs.length === 0) return idxs;
    }
    return idxs ?? [];
  }

  /**
   * The remembered result for the longest shorter spelling of `term` (after the same earlier
   * terms) that is sure to contain every match of `term`. Exact: any prefix. Typos: a prefix of
   * ≥ 5 letters, since a one-edit match of "abcdef" also matches "abcde" under the same rules
   * (an edit at the end leaves the prefix exact or one substitution away); shorter prefixes have
   * stricter rules, so "kvi" does not contain every match of "kvin".
   */
  private narrowest(before: string, term: string): number[] | undefined {
    let min = 1;
    if (this.typos && TYPO_RUN.test(term)) min = LETTERS.test(term) ? FULL_RULES : term.length;
    for (let n = term.length - 1; n >= min; n--) {
      const prefix = term.slice(0, n);
      const known = this.memo.get(before === '' ? prefix : `${before} ${prefix}`);
      if (known !== undefined) return known;
    }
    return undefined;
  }

  private term(term: string, within: number[] | undefined, narrowed: boolean): number[] {
    if (!this.typos || !TYPO_RUN.test(term)) return this.exact(term, within);
    const candidates = narrowed ? within : this.pieces(term, within);
    return fuzzy.filter(this.hay as string[], term, candidates) ?? [];
  }

  /**
   * One edit touches at most two neighbouring letters, so either the part before the middle
   * letter or the part after it occurs unchanged: an exact scan for those two parts gives a
   * complete candidate set for uFuzzy's slower typo regex (worth it when both parts are long).
   */
  private pieces(term: string, within: number[] | undefined): number[] | undefined {
    const m = Math.floor(term.length / 2);
    if (Math.min(m, term.length - m - 1) < MIN_PIECE) return within;
    return union(this.exact(term.slice(0, m), within), this.exact(term.slice(m + 1), within));
  }

  /** Exact substring scan; over everything it runs indexOf on one joined string. */
  private exact(term: string, within: number[] | undefined): number[] {
    if (within !== undefined) return within.filter((i) => (this.hay[i] ?? '').includes(term));
    const { joined, starts } = this.haystack;
    const out: number[] = [];
    let from = joined.indexOf(term);
    let idx = 0;
    while (from >= 0) {
      while (idx + 1 < starts.length && (starts[idx + 1] ?? 0) <= from) idx++;
      out.push(idx);
      const next = starts[idx + 1];
      if (next === undefined) break;
      from = joined.indexOf(term, next);
    }
    return out;
  }
}

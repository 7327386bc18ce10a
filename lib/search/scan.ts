/**
 * Candidate filtering, one term at a time: each term narrows the previous term's candidates
 * (so terms match in any order and across fields), and results per term are remembered,
 * so typing the next word does not rescan the words already typed.
 */
import uFuzzy from '@leeoniya/ufuzzy';

/** Typo-tolerant (one insertion, deletion, substitution or swap per term of ≥ 5 letters). */
export const fuzzy = new uFuzzy({ intraMode: 1, intraIns: 1, intraSub: 1, intraTrn: 1, intraDel: 1 });

const CACHE_SIZE = 64;

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
  private readonly cache = new Map<string, number[]>();
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
      key = key === '' ? term : `${key} ${term}`;
      const known = this.cache.get(key);
      idxs = known ?? this.remember(key, this.typos ? this.fuzzyTerm(term, idxs) : this.exact(term, idxs));
      if (idxs.length === 0) return idxs;
    }
    return idxs ?? [];
  }

  private remember(key: string, idxs: number[]): number[] {
    this.cache.set(key, idxs);
    if (this.cache.size > CACHE_SIZE) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    return idxs;
  }

  /**
   * One edit touches at most two neighbouring letters, so either the part before the middle
   * letter or the part after it occurs unchanged: an exact scan for those two parts gives a
   * small, complete candidate set for uFuzzy's slower typo regex.
   */
  private fuzzyTerm(term: string, within: number[] | undefined): number[] {
    let candidates = within;
    if (term.length >= 5) {
      const m = Math.floor(term.length / 2);
      const parts = union(this.exact(term.slice(0, m), within), this.exact(term.slice(m + 1), within));
      candidates = parts;
    }
    return fuzzy.filter(this.hay as string[], term, candidates) ?? [];
  }

  /** Exact substring scan; over everything it runs indexOf on one joined string. */
  private exact(term: string, within: number[] | undefined): number[] {
    if (within !== undefined) return within.filter((i) => (this.hay[i] ?? '').includes(term));
    const key = `\u0000${term}`;
    const known = this.cache.get(key);
    if (known !== undefined) return known;
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
    return this.remember(key, out);
  }
}

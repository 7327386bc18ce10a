/**
 * Which entries of one set of columns (lib/search/columns.ts) a query matches, and where the first
 * term occurs in each: the same answers as TermScanner and `indexOf` over the per-entry strings,
 * from the token table. A first term is matched against the tokens (exactly, or with uFuzzy's one
 * edit) and followed to values and entries; each further term is tested on the values of the
 * entries still in the running. Flat typed arrays with stamps are reused by every search.
 */

import type { Column, FieldSet } from './columns.ts';
import { Memo } from './memo.ts';
import { fuzzy, Haystack, TermScanner } from './scan.ts';

const TYPO_RUN = /[a-z]{3}/;
const MEMO_SIZE = 32;

/** Per value of a column, the entries that have it (CSR). */
function entriesByValue(column: Column, count: number): { starts: Int32Array; list: Int32Array } {
  const starts = new Int32Array(column.values.length + 1);
  for (let e = 0; e < count; e++) {
    const at = (column.refs[e] ?? 0) + 1;
    starts[at] = (starts[at] ?? 0) + 1;
  }
  for (let v = 0; v < column.values.length; v++) starts[v + 1] = (starts[v + 1] ?? 0) + (starts[v] ?? 0);
  const fill = starts.slice(0, column.values.length);
  const list = new Int32Array(count);
  for (let e = 0; e < count; e++) {
    const v = column.refs[e] ?? 0;
    const at = fill[v] ?? 0;
    list[at] = e;
    fill[v] = at + 1;
  }
  return { starts, list };
}

export class FieldMatcher {
  readonly columns: readonly Column[];
  private readonly byValue: { starts: Int32Array; list: Int32Array }[];
  private readonly scanners: { typo: TermScanner; exact: TermScanner };
  private readonly entryStamp: Uint32Array;
  private readonly valueStamp: Uint32Array[];
  private readonly valueMatch: Uint8Array[];
  /** indexOf of the ranked term per value (−1 none), valid where posStamp equals the search's */
  private readonly pos: Int32Array[];
  private readonly posStamp: Uint32Array[];
  private stamp = 0;
  private posTerm = '';
  private posRound = 0;
  private readonly memo = new Memo<number[]>(MEMO_SIZE);

  constructor(
    private readonly set: FieldSet,
    readonly count: number,
  ) {
    this.columns = set.columns;
    this.byValue = set.columns.map((c) => entriesByValue(c, count));
    const hay = new Haystack(set.tokens.tokens);
    this.scanners = { typo: new TermScanner(hay, true), exact: new TermScanner(hay, false) };
    this.entryStamp = new Uint32Array(count);
    this.valueStamp = set.columns.map((c) => new Uint32Array(c.values.length));
    this.valueMatch = set.columns.map((c) => new Uint8Array(c.values.length));
    this.pos = set.columns.map((c) => new Int32Array(c.values.length));
    this.posStamp = set.columns.map((c) => new Uint32Array(c.values.length));
  }

  private next(): number {
    this.stamp += 1;
    return this.stamp;
  }

  /** Entries with a value that holds a token matching `term`, each once (not sorted). */
  private entriesOf(term: string, typos: boolean): number[] {
    const key = `${typos ? 't' : 'e'}${term}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const tokens = (typos ? this.scanners.typo : this.scanners.exact).matchAll([term]);
    const stamp = this.next();
    const out: number[] = [];
    this.set.tokens.postings.forEach(({ starts, values }, c) => {
      const seen = this.valueStamp[c] as Uint32Array;
      const { starts: from, list } = this.byValue[c] as { starts: Int32Array; list: Int32Array };
      for (const t of tokens) {
        for (let k = starts[t] ?? 0; k < (starts[t + 1] ?? 0); k++) {
          const v = values[k] ?? 0;
          if (seen[v] === stamp) continue;
          seen[v] = stamp;
          for (let j = from[v] ?? 0; j < (from[v + 1] ?? 0); j++) {
            const e = list[j] ?? 0;
            if (this.entryStamp[e] !== stamp) {
              this.entryStamp[e] = stamp;
              out.push(e);
            }
          }
        }
      }
    });
    return this.memo.set(key, out);
  }

  /** Those of `candidates` with a value that matches `term` (as the token scan would say). */
  private within(term: string, typos: boolean, candidates: readonly number[]): number[] {
    const stamp = this.next();
    this.columns.forEach((column, c) => {
      const seen = this.valueStamp[c] as Uint32Array;
      const match = this.valueMatch[c] as Uint8Array;
      const wanted: number[] = [];
      for (const e of candidates) {
        const v = column.refs[e] ?? 0;
        if (seen[v] === stamp) continue;
        seen[v] = stamp;
        match[v] = 0;
        wanted.push(v);
      }
      const found =
        typos && TYPO_RUN.test(term)
          ? (fuzzy.filter(column.values, term, wanted) ?? [])
          : wanted.filter((v) => (column.values[v] ?? '').includes(term));
      for (const v of found) match[v] = 1;
    });
    return candidates.filter((e) =>
      this.columns.some((col, c) => this.valueMatch[c]?.[col.refs[e] ?? 0] === 1),
    );
  }

  /** Entries whose values hold every term, each term anywhere (fuzzily with `typos`). */
  matchAll(terms: readonly string[], typos: boolean): number[] {
    let out: number[] | undefined;
    for (const term of terms) {
      out = out === undefined ? this.entriesOf(term, typos) : this.within(term, typos, out);
      if (out.length === 0) break;
    }
    return out ?? [];
  }

  value(c: number, e: number): string {
    return this.columns[c]?.values[this.columns[c]?.refs[e] ?? 0] ?? '';
  }

  /** Where firstExact found the term, in the value of the column it returned */
  hitPos = 0;

  /** The first column (in order) whose value holds `term` exactly, or −1; the position in `hitPos`. */
  firstExact(e: number, term: string): number {
    if (term !== this.posTerm) {
      this.posTerm = term;
      this.posRound += 1;
    }
    const round = this.posRound;
    for (let c = 0; c < this.columns.length; c++) {
      const column = this.columns[c] as Column;
      const v = column.refs[e] ?? 0;
      const stamps = this.posStamp[c] as Uint32Array;
      const pos = this.pos[c] as Int32Array;
      let p: number;
      if (stamps[v] === round) p = pos[v] ?? -1;
      else {
        p = (column.values[v] ?? '').indexOf(term);
        stamps[v] = round;
        pos[v] = p;
      }
      if (p >= 0) {
        this.hitPos = p;
        return c;
      }
    }
    return -1;
  }

  /**
   * For entries that hold `term` only with a typo: the first column that matches it and where its
   * leftmost match starts, as uFuzzy's info says of the whole string (never a word start there).
   */
  firstFuzzy(entries: readonly number[], term: string): { column: number; start: number }[] {
    const found = entries.map(() => ({ column: -1, start: 0 }));
    this.columns.forEach((column, c) => {
      const open = entries.flatMap((_, i) => ((found[i]?.column ?? 0) < 0 ? [i] : []));
      if (open.length === 0) return;
      const values = [...new Set(open.map((i) => column.refs[entries[i] ?? 0] ?? 0))];
      const matching = new Set(fuzzy.filter(column.values, term, values) ?? []);
      const hits = values.filter((v) => matching.has(v));
      if (hits.length === 0) return;
      const info = fuzzy.info(hits, column.values, term);
      const start = new Map(hits.map((v, k) => [v, info.start[k] ?? 0]));
      for (const i of open) {
        const s = start.get(column.refs[entries[i] ?? 0] ?? 0);
        if (s !== undefined) found[i] = { column: c, start: s };
      }
    });
    return found;
  }
}

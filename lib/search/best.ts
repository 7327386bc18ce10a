/**
 * The best score per entry during one search, in flat typed arrays reused across searches:
 * a one-letter query touches most of the catalogue, and a Map of objects per keystroke cost
 * more than the matching itself.
 */
import type { SearchData, SearchField, SearchHit } from './types.ts';

const FIELDS: SearchField[] = [
  'name',
  'keywords',
  'organisation',
  'phone',
  'purpose',
  'description',
  'theme',
  'place',
];
const FIELD_CODE = new Map(FIELDS.map((f, i) => [f, i]));

export class Best {
  private readonly scores: Float64Array;
  private readonly fields: Uint8Array;
  private readonly seen: Uint8Array;
  private touched: number[] = [];
  /** Subtracted from every score kept for an entry, for the search under way (home region). */
  penalties: Float64Array | null = null;

  constructor(size: number) {
    this.scores = new Float64Array(size);
    this.fields = new Uint8Array(size);
    this.seen = new Uint8Array(size);
  }

  get size(): number {
    return this.touched.length;
  }

  clear(): void {
    for (const idx of this.touched) this.seen[idx] = 0;
    this.touched = [];
  }

  keep(idx: number, raw: number, field: SearchField): void {
    const score = raw - (this.penalties?.[idx] ?? 0);
    if (this.seen[idx] === 1) {
      if (score <= (this.scores[idx] ?? 0)) return;
    } else {
      this.seen[idx] = 1;
      this.touched.push(idx);
    }
    this.scores[idx] = score;
    this.fields[idx] = FIELD_CODE.get(field) ?? 0;
  }

  /**
   * The `limit` best hits (score, then id) without sorting everything. `idOrder` (each entry's
   * place among the ids in ascending order) turns the many ties of a large catalogue into
   * integer comparisons.
   */
  top(data: Pick<SearchData, 'ids'>, limit: number, idOrder?: ArrayLike<number>): SearchHit[] {
    const { scores } = this;
    const ids = data.ids;
    // `out` holds indexes, best first; a candidate is compared with the worst kept one only.
    const worse = idOrder
      ? (a: number, b: number) => (scores[b] ?? 0) - (scores[a] ?? 0) || (idOrder[a] ?? 0) - (idOrder[b] ?? 0)
      : (a: number, b: number) => {
          const d = (scores[b] ?? 0) - (scores[a] ?? 0);
          if (d !== 0) return d;
          const x = ids[a] ?? '';
          const y = ids[b] ?? '';
          return x < y ? -1 : x > y ? 1 : 0;
        };
    const out: number[] = [];
    for (const idx of this.touched) {
      if (ids[idx] === undefined) continue;
      const last = out[out.length - 1];
      if (out.length >= limit && last !== undefined && worse(idx, last) >= 0) continue;
      let at = out.length;
      while (at > 0 && worse(idx, out[at - 1] ?? idx) < 0) at--;
      out.splice(at, 0, idx);
      if (out.length > limit) out.pop();
    }
    return out.map((idx) => ({
      id: ids[idx] ?? '',
      score: scores[idx] ?? 0,
      field: FIELDS[this.fields[idx] ?? 0] ?? 'name',
    }));
  }
}

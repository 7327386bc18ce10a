/**
 * The search data in columns: each field of an entry (name, keywords, organisation, …) is a
 * reference into the field's distinct values, and every value is cut into tokens (runs of a–z,
 * 0–9 and '). A national catalogue repeats itself ("Ungdomsmottagningen" in twenty towns, the
 * same keywords and situations), so this is a fraction of the per-entry strings, and a query is
 * matched against a few thousand tokens instead of every entry's text.
 *
 * Why a token is enough: a query term is a–z/0–9 only, and a typo match (uFuzzy, one edit) adds
 * only a–z, 0–9 or '; so any match lies inside one token, and a value matches a term exactly when
 * one of its tokens does. Built at ingest (or from SearchData when a page loads the bundled file);
 * plain data that survives structured clone and JSON.
 */
import type { Sliced } from '../ingest/slices.ts';
import type { SearchData } from './types.ts';

/** One field of every entry: its distinct values, and per entry the index of its value. */
export interface Column {
  values: string[];
  refs: ArrayLike<number>;
}

/** The tokens of a set of columns and, per column, the values each token occurs in (CSR). */
export interface Tokens {
  tokens: string[];
  postings: { starts: ArrayLike<number>; values: ArrayLike<number> }[];
}

export interface FieldSet {
  columns: Column[];
  tokens: Tokens;
}

/** SearchData in columns; `secondary` is null until a page has loaded it (it is seldom needed). */
export interface FieldedSearchData {
  format: 'hanvisa-fielded/1';
  ids: string[];
  /** name, keywords, organisation, theme, place (data from before places: the last one empty) */
  primary: FieldSet;
  /** purpose, description */
  secondary: FieldSet | null;
  /** Per entry the digits of its numbers, space-separated */
  phones: Column;
  /** Per entry the county codes it covers ("*" national, "" not known); null in older data */
  regions: Column | null;
  /** Per entry its kind ("helpline", "training", …): contacts before what is read; null in older data */
  kinds: Column | null;
  /** Per entry its place among the ids in ascending order; computed by the searcher when absent */
  idOrder?: ArrayLike<number>;
}

const TOKEN = /[a-z0-9']+/g;
const SEP_LENGTH = 3; // ' | '
export const PRIMARY_COLUMNS = 5;
const EVERY = 100;

/** Indexes below `bound` in the smallest typed array that holds them (half the bytes to read). */
export function indexes(list: ArrayLike<number>, bound: number): Uint16Array | Int32Array {
  return bound <= 0x10000 ? Uint16Array.from(list) : Int32Array.from(list);
}

/** Collects the values of one column, each distinct value once. */
export class ColumnBuilder {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];
  readonly refs: number[] = [];

  add(value: string): void {
    let at = this.index.get(value);
    if (at === undefined) {
      at = this.values.push(value) - 1;
      this.index.set(value, at);
    }
    this.refs.push(at);
  }

  build(typed = false): Column {
    return { values: this.values, refs: typed ? indexes(this.refs, this.values.length) : this.refs };
  }
}

/** The fields of one entry's joined string, cut at its offsets (each offset starts a field after ' | '). */
export function splitFields(text: string, offsets: readonly number[], count: number): string[] {
  const out: string[] = [];
  let start = 0;
  for (let f = 0; f < count; f++) {
    const next = offsets[f];
    if (start > text.length) out.push('');
    else out.push(next === undefined ? text.slice(start) : text.slice(start, next - SEP_LENGTH));
    start = next ?? Number.POSITIVE_INFINITY;
  }
  return out;
}

/** Per token, the values of one column (of `valueCount`) it occurs in, as one CSR pair. */
function csr(lists: number[][], tokenCount: number, valueCount: number): Tokens['postings'][number] {
  const starts = new Int32Array(tokenCount + 1);
  for (let t = 0; t < tokenCount; t++) starts[t + 1] = (starts[t] ?? 0) + (lists[t]?.length ?? 0);
  const values =
    valueCount <= 0x10000
      ? new Uint16Array(starts[tokenCount] ?? 0)
      : new Int32Array(starts[tokenCount] ?? 0);
  for (let t = 0; t < tokenCount; t++) values.set(lists[t] ?? [], starts[t] ?? 0);
  return { starts, values };
}

/** The token table of `columns`, as a task that pauses every few hundred values. */
export function* tokensSteps(columns: readonly Column[]): Sliced<Tokens> {
  const ids = new Map<string, number>();
  const tokens: string[] = [];
  // Per column, per token: the values it occurs in (ascending, each once).
  const lists: number[][][] = [];
  for (const column of columns) {
    const own: number[][] = [];
    lists.push(own);
    for (const [v, value] of column.values.entries()) {
      for (const [token] of value.matchAll(TOKEN)) {
        let id = ids.get(token);
        if (id === undefined) {
          id = tokens.push(token) - 1;
          ids.set(token, id);
        }
        const list = own[id] ?? [];
        own[id] = list;
        if (list[list.length - 1] !== v) list.push(v);
      }
      if (v % EVERY === EVERY - 1) yield;
    }
  }
  return {
    tokens,
    postings: lists.map((own, c) => csr(own, tokens.length, columns[c]?.values.length ?? 0)),
  };
}

export function tokensOf(columns: readonly Column[]): Tokens {
  return run(tokensSteps(columns));
}

function run<T>(task: Sliced<T>): T {
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}

/** SearchData (one string per entry) in columns, as a task; `typed` stores refs as Int32Array. */
export function* fieldedSteps(data: SearchData, typed = false): Sliced<FieldedSearchData> {
  const primary = Array.from({ length: PRIMARY_COLUMNS }, () => new ColumnBuilder());
  const secondary = [new ColumnBuilder(), new ColumnBuilder()];
  const phones = new ColumnBuilder();
  const regions = new ColumnBuilder();
  const kinds = new ColumnBuilder();
  for (let i = 0; i < data.ids.length; i++) {
    const fields = splitFields(data.primary[i] ?? '', data.primaryOffsets[i] ?? [], PRIMARY_COLUMNS);
    primary.forEach((column, f) => {
      column.add(fields[f] ?? '');
    });
    const [purpose = '', description = ''] = splitFields(
      data.secondary[i] ?? '',
      [data.secondaryOffsets[i] ?? 0],
      2,
    );
    secondary[0]?.add(purpose);
    secondary[1]?.add(description);
    phones.add(data.phones[i] ?? '');
    regions.add(data.regions?.[i] ?? '');
    kinds.add(data.kinds?.[i] ?? '');
    if (i % EVERY === EVERY - 1) yield;
  }
  const primaryColumns = primary.map((c) => c.build(typed));
  const secondaryColumns = secondary.map((c) => c.build(typed));
  return {
    format: 'hanvisa-fielded/1',
    ids: [...data.ids],
    primary: { columns: primaryColumns, tokens: yield* tokensSteps(primaryColumns) },
    secondary: { columns: secondaryColumns, tokens: yield* tokensSteps(secondaryColumns) },
    phones: phones.build(typed),
    regions: data.regions ? regions.build(typed) : null,
    kinds: data.kinds ? kinds.build(typed) : null,
  };
}

export function fieldedOf(data: SearchData): FieldedSearchData {
  return run(fieldedSteps(data));
}

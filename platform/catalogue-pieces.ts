/**
 * How a prepared catalogue is laid out in the store (platform/catalogue-db.ts), keyed
 * [generation, part, n]:
 *   head      0  format, version, vocabulary, parts, synonyms (ranking and the page reader)
 *   index     0  the compact index every page loads when it opens (lib/catalogue/index-data.ts),
 *                packed (lib/catalogue/pack.ts): its skeleton and how many records its bulk fills
 *   index     n  those records, n = 1 …
 *   secondary 0… purpose and description in columns, for the search after the first results, the same way
 *   entry     n  one resource with its channels' compiled hours, n = its place in the index
 * A page reads the index and nothing else to show its first results; a card reads one entry; the
 * side panel and the background read all entries, a batch at a time.
 */
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';
import { detailOf, type Prepared } from '../lib/catalogue/index-data.ts';

export type { Prepared } from '../lib/catalogue/index-data.ts';

export type Part = 'head' | 'index' | 'secondary' | 'entry';
export type Head = Omit<BundledCatalogue, 'resources' | 'hours' | 'search'>;
export type Piece = [part: Part, n: number, value: unknown];
/** The first record of a packed part: its skeleton and how many records follow */
export interface PackedHead {
  skeleton: unknown;
  records: number;
}

/** Entries written in one transaction: about 50 kB to clone, a few ms of work on a busy machine. */
export const ENTRIES_PER_WRITE = 20;

/** The pieces of `prepared`, one transaction's worth at a time (a task: each batch is built when asked for). */
export function* piecesOf(prepared: Prepared): Generator<Piece[], void, void> {
  const { resources, hours, search: _, ...head } = prepared.bundle;
  yield [['head', 0, head satisfies Head]];
  for (const part of ['index', 'secondary'] as const) {
    const { skeleton, records } = prepared[part];
    yield [[part, 0, { skeleton, records: records.length } satisfies PackedHead]];
    for (const [r, record] of records.entries()) yield [[part, r + 1, record]];
  }
  const byId = new Map(resources.map((r) => [r.id, r]));
  const ids = prepared.bundle.search.ids;
  for (let from = 0; from < ids.length; from += ENTRIES_PER_WRITE) {
    const batch: Piece[] = [];
    for (let n = from; n < Math.min(ids.length, from + ENTRIES_PER_WRITE); n++) {
      const resource = byId.get(ids[n] ?? '');
      if (resource) batch.push(['entry', n, detailOf({ hours }, resource)]);
    }
    yield batch;
  }
}

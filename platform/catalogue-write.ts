/**
 * Writing a prepared catalogue into the store (platform/catalogue-db.ts) as a new generation, in
 * small transactions, and switching to it in one.
 */
import type { SliceStats } from '../lib/ingest/slices.ts';
import {
  type ActiveRef,
  CATALOGUE,
  done,
  isRef,
  key,
  META,
  openCatalogueDb,
  readActiveRef,
  request,
} from './catalogue-db.ts';
import { type Prepared, piecesOf } from './catalogue-pieces.ts';

export interface StoredCatalogue {
  url: string;
  fetchedAt: string;
  prepared: Prepared;
}

export interface WriteOptions {
  /** Called between two transactions (lib/ingest: gives the event loop back) */
  pause?: () => Promise<void>;
  /** Filled with the work done between pauses: building a batch and handing it to IndexedDB */
  stats?: SliceStats;
}

/**
 * Stores `stored` as a new generation, one batch of pieces per transaction with `pause` between
 * them, then makes it active and removes every other generation but the previous one. Rejects
 * (and leaves the active one as it was) when the browser refuses, e.g. with a QuotaExceededError.
 */
export async function writeActiveCatalogue(
  stored: StoredCatalogue,
  { pause = () => Promise.resolve(), stats }: WriteOptions = {},
): Promise<ActiveRef> {
  const db = await openCatalogueDb();
  const before = await readActiveRef();
  // Time-based, so a generation left half-written by a closed worker is never reused.
  const generation = Math.max(Date.now(), (before?.generation ?? 0) + 1);
  const batches = piecesOf(stored.prepared);
  for (;;) {
    // The work of a piece: building the batch and the structured clone inside put().
    const start = performance.now();
    const next = batches.next();
    if (next.done) break;
    const tx = db.transaction(CATALOGUE, 'readwrite');
    for (const [part, n, value] of next.value) tx.objectStore(CATALOGUE).put(value, key(generation, part, n));
    if (stats) {
      const piece = performance.now() - start;
      stats.busyMs += piece;
      stats.pieces += 1;
      stats.longestMs = Math.max(stats.longestMs, piece);
    }
    await done(tx);
    await pause();
  }
  const ref: ActiveRef = {
    generation,
    url: stored.url,
    fetchedAt: stored.fetchedAt,
    version: stored.prepared.bundle.version,
  };
  const tx = db.transaction([META, CATALOGUE], 'readwrite');
  const current = await request(tx.objectStore(META).get('active'));
  const previous = isRef(current) ? current.generation : null;
  tx.objectStore(META).put(ref, 'active');
  const catalogues = tx.objectStore(CATALOGUE);
  // Everything but the previous generation and this one: older ones, and pieces of cut-off writes.
  if (previous === null) catalogues.delete(IDBKeyRange.upperBound([generation], true));
  else {
    catalogues.delete(IDBKeyRange.upperBound([previous], true));
    catalogues.delete(IDBKeyRange.bound([previous, []], [generation], true, true));
  }
  catalogues.delete(IDBKeyRange.lowerBound([generation, []], true));
  await done(tx);
  return ref;
}

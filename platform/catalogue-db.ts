/**
 * Where a remote catalogue lives: IndexedDB in the extension's own origin. storage.local holds
 * 10 MB without the `unlimitedStorage` permission and hands a page its whole value as JSON on
 * every read; a national catalogue is 30 MB prepared, so it goes here (no new permission: the
 * origin's quota is a share of the disk).
 *
 * One database, two object stores:
 *   meta      "active" → { generation, url, fetchedAt, version }
 *   catalogue [generation, part, n] → a piece of the prepared catalogue: "head" (synonyms,
 *             vocabulary), "resources", "search" and "hours" (each schedule once) in chunks
 *             (platform/catalogue-pieces.ts)
 * A new catalogue is written as a new generation in many small transactions (each clones a chunk
 * of a few hundred resources, so none blocks for long), then made active in one small
 * transaction. A page reads the old or the new generation whole; a write that fails part-way
 * (no space, the worker closed) leaves the active one as it was, and its pieces are removed at
 * the next swap. The previous generation is kept until then, for a page opened before the swap.
 */
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';
import { fromPieces, type Part, piecesOf } from './catalogue-pieces.ts';

export const DB_NAME = 'hanvisa-catalogue';
const DB_VERSION = 1;
const META = 'meta';
const CATALOGUE = 'catalogue';

export interface ActiveRef {
  generation: number;
  url: string;
  fetchedAt: string;
  version: string;
}

export interface StoredCatalogue {
  url: string;
  fetchedAt: string;
  bundle: BundledCatalogue;
}

/** The browser's IndexedDB, or another (tests pass fake-indexeddb). */
let factory: () => IDBFactory = () => globalThis.indexedDB;
export function useIndexedDb(next: () => IDBFactory): void {
  factory = next;
  opened = undefined;
}

let opened: Promise<IDBDatabase> | undefined;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new DOMException('transaction aborted', 'AbortError'));
    tx.onerror = () => reject(tx.error);
  });
}

export function openCatalogueDb(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    const req = factory().open(DB_NAME, DB_VERSION);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
      if (!db.objectStoreNames.contains(CATALOGUE)) db.createObjectStore(CATALOGUE);
    };
    req.onsuccess = () => {
      const db = req.result;
      // Another context upgrading or deleting the database: let it, and open again next time.
      db.onversionchange = () => {
        db.close();
        opened = undefined;
      };
      resolve(db);
    };
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new DOMException('database blocked', 'InvalidStateError'));
  });
  opened.catch(() => {
    opened = undefined;
  });
  return opened;
}

const isRef = (v: unknown): v is ActiveRef =>
  typeof v === 'object' &&
  v !== null &&
  Number.isInteger((v as ActiveRef).generation) &&
  typeof (v as ActiveRef).url === 'string' &&
  typeof (v as ActiveRef).fetchedAt === 'string';

/** The active catalogue's reference, or null (none stored, or damaged). */
export async function readActiveRef(): Promise<ActiveRef | null> {
  const db = await openCatalogueDb();
  const value = await request(db.transaction(META, 'readonly').objectStore(META).get('active'));
  return isRef(value) ? value : null;
}

const range = (generation: number) => IDBKeyRange.bound([generation], [generation, []]);

/** The active catalogue, read in one transaction with its reference; null when there is none. */
export async function readActiveCatalogue(): Promise<StoredCatalogue | null> {
  const db = await openCatalogueDb();
  const tx = db.transaction([META, CATALOGUE], 'readonly');
  const ref = await request(tx.objectStore(META).get('active'));
  if (!isRef(ref)) return null;
  const [keys, values] = await Promise.all([
    request(tx.objectStore(CATALOGUE).getAllKeys(range(ref.generation))),
    request(tx.objectStore(CATALOGUE).getAll(range(ref.generation))),
  ]);
  // Keys sort by [generation, part, n]: the chunks come in the order they were written.
  const bundle = fromPieces(keys.map((key, i) => [(key as [number, Part, number])[1], values[i]]));
  return bundle && { url: ref.url, fetchedAt: ref.fetchedAt, bundle };
}

/**
 * Stores `stored` as a new generation, one chunk per transaction with `pause` between them, then
 * makes it active and removes every other generation but the previous one. Rejects (and leaves
 * the active one as it was) when the browser refuses, e.g. with a QuotaExceededError.
 */
export async function writeActiveCatalogue(
  stored: StoredCatalogue,
  pause: () => Promise<void> = () => Promise.resolve(),
): Promise<ActiveRef> {
  const db = await openCatalogueDb();
  const before = await readActiveRef();
  // Time-based, so a generation left half-written by a closed worker is never reused.
  const generation = Math.max(Date.now(), (before?.generation ?? 0) + 1);
  for (const [part, n, value] of piecesOf(stored.bundle)) {
    const tx = db.transaction(CATALOGUE, 'readwrite');
    tx.objectStore(CATALOGUE).put(value, [generation, part, n]);
    await done(tx);
    await pause();
  }
  const ref: ActiveRef = {
    generation,
    url: stored.url,
    fetchedAt: stored.fetchedAt,
    version: stored.bundle.version,
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

/** Removes every stored catalogue (no address in the policy any more). */
export async function clearCatalogues(): Promise<void> {
  const db = await openCatalogueDb();
  const tx = db.transaction([META, CATALOGUE], 'readwrite');
  tx.objectStore(META).clear();
  tx.objectStore(CATALOGUE).clear();
  await done(tx);
}

/** Bytes the extension's origin uses and may use, when the browser says (options page, bench). */
export async function storageEstimate(): Promise<{ usage: number; quota: number } | null> {
  const estimate = await globalThis.navigator?.storage?.estimate?.().catch(() => undefined);
  return estimate?.usage !== undefined && estimate.quota !== undefined
    ? { usage: estimate.usage, quota: estimate.quota }
    : null;
}

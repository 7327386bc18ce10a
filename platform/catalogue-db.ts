/**
 * Where a remote catalogue lives: IndexedDB in the extension's own origin. storage.local holds
 * 10 MB without the `unlimitedStorage` permission and hands a page its whole value as JSON on
 * every read; a national catalogue is 30 MB prepared, so it goes here (no new permission: the
 * origin's quota is a share of the disk).
 *
 * One database, two object stores:
 *   meta      "active" → { generation, url, fetchedAt, version }
 *   catalogue [generation, part, n] → a piece of the prepared catalogue (platform/catalogue-pieces.ts):
 *             the compact index a page opens with, the search's purpose/description part, the
 *             vocabulary, and one entry per resource
 * A new catalogue is written as a new generation in many small transactions (each clones a
 * hundred resources at most, so none blocks for long), then made active in one small
 * transaction. A write that fails part-way (no space, the worker closed) leaves the active one as
 * it was, and its pieces are removed at the next swap. The previous generation is kept until
 * then, for a page opened before the swap (it reads its entries later, when a card opens).
 */
import type { Detail, IndexData } from '../lib/catalogue/index-data.ts';
import type { Packed } from '../lib/catalogue/pack.ts';
import type { PackedHead, Part } from './catalogue-pieces.ts';

export const DB_NAME = 'hanvisa-catalogue';
const DB_VERSION = 1;
export const META = 'meta';
export const CATALOGUE = 'catalogue';

export interface ActiveRef {
  generation: number;
  url: string;
  fetchedAt: string;
  version: string;
}

/** The browser's IndexedDB, or another (tests pass fake-indexeddb). */
let factory: () => IDBFactory = () => globalThis.indexedDB;
export function useIndexedDb(next: () => IDBFactory): void {
  factory = next;
  opened = undefined;
}

let opened: Promise<IDBDatabase> | undefined;

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export function done(tx: IDBTransaction): Promise<void> {
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

export const isRef = (v: unknown): v is ActiveRef =>
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

export const key = (generation: number, part: Part, n: number) => [generation, part, n];

/** The active catalogue's reference and index (packed), read in one transaction; null when there is none. */
export async function readActiveIndex(): Promise<{ ref: ActiveRef; index: Packed<IndexData> } | null> {
  const db = await openCatalogueDb();
  const tx = db.transaction([META, CATALOGUE], 'readonly');
  const ref = await request(tx.objectStore(META).get('active'));
  if (!isRef(ref)) return null;
  const index = await readPackedIn(tx.objectStore(CATALOGUE), ref.generation, 'index');
  return index ? { ref, index: index as Packed<IndexData> } : null;
}

/**
 * A packed part (catalogue-pieces.ts): its skeleton, then each record of its bulk as a request of
 * its own, so that no single task clones more than a record. Undefined when it is not stored.
 */
async function readPackedIn(
  store: IDBObjectStore,
  generation: number,
  part: Part,
): Promise<Packed<unknown> | undefined> {
  const head = (await request(store.get(key(generation, part, 0)))) as PackedHead | undefined;
  if (typeof head !== 'object' || head === null || !Number.isInteger(head.records)) return undefined;
  const records = await Promise.all(
    Array.from({ length: head.records }, (_, r) => request(store.get(key(generation, part, r + 1)))),
  );
  if (records.some((r) => !Array.isArray(r))) return undefined;
  return { skeleton: head.skeleton, records: records as ArrayBufferView[][] };
}

export async function readPacked(generation: number, part: Part): Promise<Packed<unknown> | undefined> {
  const db = await openCatalogueDb();
  return readPackedIn(db.transaction(CATALOGUE, 'readonly').objectStore(CATALOGUE), generation, part);
}

/** The active reference when its index is stored (an older layout has none); null otherwise. */
export async function readUsableRef(): Promise<ActiveRef | null> {
  const db = await openCatalogueDb();
  const tx = db.transaction([META, CATALOGUE], 'readonly');
  const ref = await request(tx.objectStore(META).get('active'));
  if (!isRef(ref)) return null;
  return (await request(tx.objectStore(CATALOGUE).count(key(ref.generation, 'index', 0)))) > 0 ? ref : null;
}

/** One stored piece of a generation; undefined when it is not there (removed, or never written). */
export async function readPiece(generation: number, part: Part, n = 0): Promise<unknown> {
  const db = await openCatalogueDb();
  return request(
    db
      .transaction(CATALOGUE, 'readonly')
      .objectStore(CATALOGUE)
      .get(key(generation, part, n)),
  );
}

/** Entries read per request: a few hundred kB to clone when the request ends. */
const ENTRIES_PER_READ = 100;

/** Every entry of a generation in index order, `batch` at a time with `pause` between them. */
export async function readEntries(
  generation: number,
  pause: () => Promise<void> = () => Promise.resolve(),
  batch = ENTRIES_PER_READ,
): Promise<Detail[]> {
  const db = await openCatalogueDb();
  const out: Detail[] = [];
  for (;;) {
    const range = IDBKeyRange.bound(key(generation, 'entry', out.length), [generation, 'entry', []]);
    const store = db.transaction(CATALOGUE, 'readonly').objectStore(CATALOGUE);
    const values = (await request(store.getAll(range, batch))) as Detail[];
    out.push(...values);
    if (values.length < batch) return out;
    await pause();
  }
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

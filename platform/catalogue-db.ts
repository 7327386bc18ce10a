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
import type { Part } from './catalogue-pieces.ts';

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

/**
 * The store if it exists, without creating it: a page only reads (the background writes), and most
 * installs have no remote catalogue. An open that would create the database is aborted. Null then.
 */
export function openExistingCatalogueDb(): Promise<IDBDatabase | null> {
  if (opened) return opened;
  return new Promise<IDBDatabase | null>((resolve, reject) => {
    const req = factory().open(DB_NAME, DB_VERSION);
    let absent = false;
    req.onupgradeneeded = (event) => {
      absent = event.oldVersion === 0;
      if (absent) req.transaction?.abort();
      else {
        const db = req.result;
        if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
        if (!db.objectStoreNames.contains(CATALOGUE)) db.createObjectStore(CATALOGUE);
      }
    };
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => {
        db.close();
        opened = undefined;
      };
      opened ??= Promise.resolve(db);
      resolve(db);
    };
    req.onerror = (event) => {
      // The aborted creation: no store, nothing stored.
      if (absent) {
        event.preventDefault();
        resolve(null);
      } else reject(req.error);
    };
    req.onblocked = () => reject(new DOMException('database blocked', 'InvalidStateError'));
  });
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

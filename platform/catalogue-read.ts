/**
 * Reading the catalogue store (catalogue-db.ts): the compact index a page opens with, a packed part,
 * one entry, or every entry in batches. Pages never create the store; only the background writes it.
 */
import type { Detail, IndexData } from '../lib/catalogue/index-data.ts';
import type { Packed } from '../lib/catalogue/pack.ts';
import {
  type ActiveRef,
  CATALOGUE,
  isRef,
  key,
  META,
  openCatalogueDb,
  openExistingCatalogueDb,
  request,
} from './catalogue-db.ts';
import type { PackedHead, Part } from './catalogue-pieces.ts';

/**
 * The active catalogue's reference and index (packed), read in one transaction; null when there is
 * none. A page's read: it never creates the store.
 */
export async function readActiveIndex(): Promise<{ ref: ActiveRef; index: Packed<IndexData> } | null> {
  const db = await openExistingCatalogueDb();
  if (!db) return null;
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

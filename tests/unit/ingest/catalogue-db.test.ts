/**
 * The catalogue store (platform/catalogue-db.ts, catalogue-write.ts) on an in-memory IndexedDB:
 * batches in, the same index, parts and entries out; the switch is one transaction; a write that
 * fails or is cut off part-way leaves the active catalogue as it was, and its pieces go at the next
 * swap; a generation in an older layout (no index) is not usable.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { detailOf } from '../../../lib/catalogue/index-data.ts';
import { unpack } from '../../../lib/catalogue/pack.ts';
import {
  clearCatalogues,
  DB_NAME,
  openCatalogueDb,
  readActiveRef,
  useIndexedDb,
} from '../../../platform/catalogue-db.ts';
import { ENTRIES_PER_WRITE, piecesOf } from '../../../platform/catalogue-pieces.ts';
import {
  readActiveIndex,
  readEntries,
  readPacked,
  readPiece,
  readUsableRef,
} from '../../../platform/catalogue-read.ts';
import { writeActiveCatalogue } from '../../../platform/catalogue-write.ts';
import { realCatalogue } from '../catalogue-fixture.ts';
import { manyResources } from './prepared-fixture.ts';

const BASE = await realCatalogue();

async function allKeys(): Promise<IDBValidKey[]> {
  const db = await openCatalogueDb();
  return new Promise((resolve) => {
    const req = db.transaction('catalogue').objectStore('catalogue').getAllKeys();
    req.onsuccess = () => resolve(req.result);
  });
}

const generations = async () => new Set((await allKeys()).map((k) => (k as [number])[0]));

beforeEach(() => {
  useIndexedDb(() => new IDBFactory());
});

describe('catalogue store', () => {
  it('has nothing at first, and a page’s read does not create the store', async () => {
    let factory = new IDBFactory();
    useIndexedDb(() => factory);
    expect(await readActiveIndex()).toBeNull();
    expect(await factory.databases()).toEqual([]);
    factory = new IDBFactory();
    useIndexedDb(() => factory);
    expect(await readActiveRef()).toBeNull();
    expect(await readUsableRef()).toBeNull();
  });

  it('reads back the index, the search part, the vocabulary and every entry written in batches', async () => {
    const one = manyResources('v1', 250);
    const batches = [...piecesOf(one)];
    // head; the index and the search's second part, each a skeleton and its records; then the entries
    expect(batches.map((b) => b[0]?.[0])).toEqual([
      'head',
      ...Array(one.index.records.length + 1).fill('index'),
      ...Array(one.secondary.records.length + 1).fill('secondary'),
      ...Array(Math.ceil(250 / ENTRIES_PER_WRITE)).fill('entry'),
    ]);
    const sizes = batches.filter((b) => b[0]?.[0] === 'entry').map((b) => b.length);
    expect(sizes.slice(0, -1).every((n) => n === ENTRIES_PER_WRITE)).toBe(true);
    expect(sizes.reduce((a, b) => a + b)).toBe(250);
    let pauses = 0;
    const stats = { totalMs: 0, busyMs: 0, longestMs: 0, pieces: 0 };
    const ref = await writeActiveCatalogue(
      { url: 'https://x/a.json', fetchedAt: '2026-12-06T00:00:00Z', prepared: one },
      { pause: async () => void pauses++, stats },
    );
    expect(pauses).toBe(batches.length);
    expect(stats.pieces).toBe(batches.length);
    expect(stats.longestMs).toBeGreaterThan(0);
    expect(ref).toMatchObject({ url: 'https://x/a.json', version: 'v1' });
    const read = await readActiveIndex();
    expect(read?.ref).toEqual(ref);
    // Stored packed, read back as built.
    expect(read?.index).toEqual(one.index);
    expect(unpack(read?.index as typeof one.index)).toEqual(unpack(one.index));
    expect(await readUsableRef()).toEqual(ref);
    expect(await readPacked(ref.generation, 'secondary')).toEqual(one.secondary);
    expect(await readPiece(ref.generation, 'head')).toMatchObject({
      version: 'v1',
      vocabulary: BASE.vocabulary,
    });
    const entries = await readEntries(ref.generation, async () => undefined, 40);
    expect(entries).toEqual(one.bundle.resources.map((r) => detailOf(one.bundle, r)));
    expect(entries[7]?.resource.id).toBe(one.bundle.search.ids[7]);
    expect(await readPiece(ref.generation, 'entry', 249)).toEqual(entries[249]);
    expect(await readPiece(ref.generation, 'entry', 250)).toBeUndefined();
  });

  it('keeps the previous generation for a page opened before a swap, and drops older ones', async () => {
    const write = (v: string) =>
      writeActiveCatalogue({ url: 'u', fetchedAt: 'f', prepared: manyResources(v, 120) });
    const a = await write('v1');
    const b = await write('v2');
    expect(await generations()).toEqual(new Set([a.generation, b.generation]));
    // A page that opened v2 still reads its entries after the next swap.
    const c = await write('v3');
    expect(await generations()).toEqual(new Set([b.generation, c.generation]));
    expect((await readPiece(b.generation, 'entry', 3)) as object).toMatchObject({ resource: {} });
    expect((await readActiveRef())?.version).toBe('v3');
  });

  it('leaves the active catalogue as it was when a write fails part-way, and cleans up after', async () => {
    await writeActiveCatalogue({ url: 'u', fetchedAt: 'f', prepared: manyResources('v1', 120) });
    const broken = manyResources('v2', 300);
    // A value IndexedDB cannot store (as a full disk, the write is refused part-way).
    (broken.bundle.resources[250] as unknown as { fn: unknown }).fn = () => 1;
    await expect(writeActiveCatalogue({ url: 'u', fetchedAt: 'f', prepared: broken })).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    expect((await readActiveRef())?.version).toBe('v1');
    const before = (await allKeys()).length;
    const v3 = manyResources('v3', 120);
    const ref = await writeActiveCatalogue({ url: 'u', fetchedAt: 'f', prepared: v3 });
    const keys = await allKeys();
    // Only v1 (previous) and v3 remain: the cut-off v2 pieces are gone.
    expect((await generations()).size).toBe(2);
    expect(keys.length).toBeLessThan(before + 3 + 120);
    expect((await readActiveRef())?.generation).toBe(ref.generation);
  });

  it('does not call a generation in an older layout (no index) usable', async () => {
    const db = await openCatalogueDb();
    const tx = db.transaction(['meta', 'catalogue'], 'readwrite');
    tx.objectStore('meta').put({ generation: 5, url: 'u', fetchedAt: 'f', version: 'old' }, 'active');
    tx.objectStore('catalogue').put({ format: 'hanvisa-bundle/1' }, [5, 'head', 0]);
    await new Promise((resolve) => {
      tx.oncomplete = resolve;
    });
    expect(await readActiveRef()).toMatchObject({ generation: 5 });
    expect(await readUsableRef()).toBeNull();
    expect(await readActiveIndex()).toBeNull();
  });

  it('forgets everything on clear', async () => {
    await writeActiveCatalogue({ url: 'u', fetchedAt: 'f', prepared: manyResources('v1', 10) });
    await clearCatalogues();
    expect(await readActiveIndex()).toBeNull();
    expect(await allKeys()).toEqual([]);
  });

  it('uses its own database name', () => {
    expect(DB_NAME).toBe('hanvisa-catalogue');
  });
});

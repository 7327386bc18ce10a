/**
 * The catalogue store (platform/catalogue-db.ts) on an in-memory IndexedDB: chunks in, the same
 * catalogue out; the switch is one transaction; a write that fails or is cut off part-way leaves
 * the active catalogue as it was, and its pieces go at the next swap.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import {
  clearCatalogues,
  DB_NAME,
  openCatalogueDb,
  readActiveCatalogue,
  readActiveRef,
  useIndexedDb,
  writeActiveCatalogue,
} from '../../../platform/catalogue-db.ts';
import { piecesOf } from '../../../platform/catalogue-pieces.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

const BASE = await realCatalogue();

function bundle(version: string, count = BASE.resources.length): BundledCatalogue {
  // Many resources, to have more than one chunk of each kind.
  const resources = Array.from({ length: count }, (_, i) => {
    const r = BASE.resources[i % BASE.resources.length] as BundledCatalogue['resources'][number];
    return { ...r, id: `${r.id}-${i}` };
  });
  const hours = Object.fromEntries(resources.map((r) => [`${r.id}#0`, 'unknown' as const]));
  return { ...BASE, version, resources, hours };
}

async function allKeys(): Promise<IDBValidKey[]> {
  const db = await openCatalogueDb();
  return new Promise((resolve) => {
    const req = db.transaction('catalogue').objectStore('catalogue').getAllKeys();
    req.onsuccess = () => resolve(req.result);
  });
}

beforeEach(() => {
  useIndexedDb(() => new IDBFactory());
});

describe('catalogue store', () => {
  it('has nothing at first', async () => {
    expect(await readActiveCatalogue()).toBeNull();
    expect(await readActiveRef()).toBeNull();
  });

  it('reads back whole what was written in chunks', async () => {
    const one = bundle('v1', 700);
    expect(piecesOf(one).filter(([part]) => part === 'resources').length).toBe(3);
    let pauses = 0;
    const ref = await writeActiveCatalogue(
      { url: 'https://x/a.json', fetchedAt: '2026-12-06T00:00:00Z', bundle: one },
      async () => void pauses++,
    );
    expect(pauses).toBe(piecesOf(one).length);
    expect(ref).toMatchObject({ url: 'https://x/a.json', version: 'v1' });
    expect(await readActiveCatalogue()).toEqual({
      url: 'https://x/a.json',
      fetchedAt: '2026-12-06T00:00:00Z',
      bundle: one,
    });
  });

  it('keeps the previous generation for a page opened before a swap, and drops older ones', async () => {
    const write = (v: string) => writeActiveCatalogue({ url: 'u', fetchedAt: 'f', bundle: bundle(v, 300) });
    const a = await write('v1');
    const b = await write('v2');
    const generations = async () => new Set((await allKeys()).map((k) => (k as [number])[0]));
    expect(await generations()).toEqual(new Set([a.generation, b.generation]));
    const c = await write('v3');
    expect(await generations()).toEqual(new Set([b.generation, c.generation]));
    expect((await readActiveCatalogue())?.bundle.version).toBe('v3');
  });

  it('leaves the active catalogue as it was when a write fails part-way, and cleans up after', async () => {
    await writeActiveCatalogue({ url: 'u', fetchedAt: 'f', bundle: bundle('v1', 300) });
    const broken = bundle('v2', 600);
    // A value IndexedDB cannot store (as a full disk, the write is refused part-way).
    (broken.resources[400] as unknown as { fn: unknown }).fn = () => 1;
    await expect(writeActiveCatalogue({ url: 'u', fetchedAt: 'f', bundle: broken })).rejects.toMatchObject({
      name: 'DataCloneError',
    });
    expect((await readActiveCatalogue())?.bundle.version).toBe('v1');
    const before = (await allKeys()).length;
    const v3 = await writeActiveCatalogue({ url: 'u', fetchedAt: 'f', bundle: bundle('v3', 300) });
    const keys = await allKeys();
    // Only v1 (previous) and v3 remain: the cut-off v2 pieces are gone.
    expect(new Set(keys.map((k) => (k as [number])[0])).size).toBe(2);
    expect(keys.length).toBeLessThan(before + piecesOf(bundle('v3', 300)).length);
    expect((await readActiveRef())?.generation).toBe(v3.generation);
  });

  it('forgets everything on clear', async () => {
    await writeActiveCatalogue({ url: 'u', fetchedAt: 'f', bundle: bundle('v1', 10) });
    await clearCatalogues();
    expect(await readActiveCatalogue()).toBeNull();
    expect(await allKeys()).toEqual([]);
  });

  it('keeps every search field across chunks, region codes and kinds too, and leaves out ones older data lacks', async () => {
    const n = 2_500;
    const search = {
      format: 'hanvisa-search/1' as const,
      ids: Array.from({ length: n }, (_, i) => `r${i}`),
      primary: Array.from({ length: n }, (_, i) => `namn ${i}`),
      primaryOffsets: Array.from({ length: n }, (_, i): [number, number, number, number] => [
        i,
        i + 1,
        i + 2,
        i + 3,
      ]),
      secondary: Array.from({ length: n }, (_, i) => `syfte ${i}`),
      secondaryOffsets: Array.from({ length: n }, (_, i) => i),
      phones: Array.from({ length: n }, (_, i) => `000${i}`),
      regions: Array.from({ length: n }, (_, i) => (i % 3 === 0 ? '*' : i % 3 === 1 ? '13' : '')),
      kinds: Array.from({ length: n }, (_, i) => (i % 2 === 0 ? 'helpline' : 'training')),
    };
    const withRegions = { ...bundle('v1', 10), search };
    expect(piecesOf(withRegions).filter(([part]) => part === 'search').length).toBe(3);
    await writeActiveCatalogue({ url: 'u', fetchedAt: 'f', bundle: withRegions });
    const read = (await readActiveCatalogue())?.bundle.search;
    expect(read).toEqual(search);
    expect(read?.regions?.[2_401]).toBe('13');
    expect(read?.kinds?.[2_401]).toBe('training');
    const { regions: _, kinds: __, ...older } = search;
    await writeActiveCatalogue({ url: 'u', fetchedAt: 'f', bundle: { ...bundle('v2', 10), search: older } });
    const readOlder = (await readActiveCatalogue())?.bundle.search;
    expect(readOlder).toEqual(older);
    expect(readOlder && 'regions' in readOlder).toBe(false);
    expect(readOlder && 'kinds' in readOlder).toBe(false);
  });

  it('uses its own database name', () => {
    expect(DB_NAME).toBe('hanvisa-catalogue');
  });
});

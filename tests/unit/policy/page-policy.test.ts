/**
 * The pages pick their catalogue from the background's mirror of the policy and read managed
 * storage (slow on the first read after a browser start) only when the mirror is missing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { realCatalogue } from '../catalogue-fixture.ts';

const BUNDLED = await realCatalogue();
const REMOTE = { ...BUNDLED, compiledAt: 'remote' };
const HIDE = BUNDLED.resources[0]?.id ?? '';
const URL_A = 'https://katalog.example.se/a.json';

async function load() {
  vi.resetModules();
  const catalogue = await import('../../../platform/catalogue.ts');
  const pagePolicy = await import('../../../platform/page-policy.ts');
  const sync = await import('../../../entrypoints/background/policy-sync.ts');
  return { ...catalogue, ...pagePolicy, ...sync };
}

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(BUNDLED)));
});

describe('catalogue choice from the policy mirror', () => {
  it('uses the mirror and does not wait for managed storage', async () => {
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    await fakeBrowser.storage.managed.set({ catalogueUrl: 'https://annan.example.se/x.json' });
    await fakeBrowser.storage.local.set({
      pagePolicy: { catalogueUrl: URL_A, hiddenResources: [HIDE] },
      remoteCatalogue: { url: URL_A, fetchedAt: '2025-03-01T00:00:00Z', bundle: REMOTE },
    });
    managed.mockClear();
    const { activeCatalogue, loadCatalogue } = await load();
    await expect(activeCatalogue()).resolves.toMatchObject({ source: 'remote', hidden: [HIDE] });
    const shown = await loadCatalogue();
    expect(shown.ids).not.toContain(HIDE);
    expect(shown.ids).toHaveLength(REMOTE.resources.length - 1);
    expect(shown.searcher.search(HIDE.replaceAll('-', ' '), { limit: 50 }).map((h) => h.id)).not.toContain(
      HIDE,
    );
    expect(managed).not.toHaveBeenCalled();
  });

  it('falls back to managed storage when the background has not written the mirror', async () => {
    await fakeBrowser.storage.managed.set({ catalogueUrl: URL_A, hiddenResources: [HIDE, 7] });
    await fakeBrowser.storage.local.set({
      remoteCatalogue: { url: URL_A, fetchedAt: '2025-03-01T00:00:00Z', bundle: REMOTE },
    });
    const { activeCatalogue } = await load();
    await expect(activeCatalogue()).resolves.toMatchObject({ source: 'remote', hidden: [HIDE] });
  });

  it('uses the bundled file when the mirror names no address, even if a remote one is stored', async () => {
    await fakeBrowser.storage.local.set({
      pagePolicy: { catalogueUrl: null, hiddenResources: [] },
      remoteCatalogue: { url: URL_A, fetchedAt: '2025-03-01T00:00:00Z', bundle: REMOTE },
    });
    const { activeCatalogue } = await load();
    const active = await activeCatalogue();
    expect(active).toMatchObject({ source: 'bundled', view: { version: BUNDLED.version } });
    expect(active.view.ids).toEqual(BUNDLED.resources.map((r) => r.id));
  });

  it('forgets the loaded catalogue when the mirror changes', async () => {
    await fakeBrowser.storage.local.set({ pagePolicy: { catalogueUrl: null, hiddenResources: [] } });
    const { loadCatalogue, mirrorPagePolicy } = await load();
    expect((await loadCatalogue()).ids).toHaveLength(BUNDLED.resources.length);
    await mirrorPagePolicy({ catalogueUrl: null, hiddenResources: [HIDE], settings: {} });
    await vi.waitFor(async () =>
      expect((await loadCatalogue()).ids).toHaveLength(BUNDLED.resources.length - 1),
    );
  });
});

describe('the background mirror', () => {
  it('takes the validated keys and writes only on a change', async () => {
    const { mirrorPagePolicy, pagePolicyOf, pagePolicyItem } = await load();
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    const next = pagePolicyOf({ catalogueUrl: URL_A, hiddenResources: ['dold'], homeRegion: '13' });
    expect(next).toEqual({ catalogueUrl: URL_A, hiddenResources: ['dold'], settings: { homeRegion: '13' } });
    await mirrorPagePolicy(next);
    await mirrorPagePolicy({
      catalogueUrl: URL_A,
      hiddenResources: ['dold'],
      settings: { homeRegion: '13' },
    });
    expect(set).toHaveBeenCalledTimes(1);
    await mirrorPagePolicy(pagePolicyOf({}));
    expect(set).toHaveBeenCalledTimes(2);
    await expect(pagePolicyItem.getValue()).resolves.toEqual({
      catalogueUrl: null,
      hiddenResources: [],
      settings: {},
    });
  });
});

/**
 * Administration in Chromium: a real managed policy file, a remote catalogue on 127.0.0.1 that
 * misbehaves on demand, the options page, and no network at all without a catalogue address.
 */
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import {
  type CatalogueEndpoint,
  catalogueEndpoint,
  clearStoredCatalogue,
  type Mode,
  readStoredCatalogue,
  reloadPolicies,
  removePolicy,
  writePolicy,
} from './admin-fixtures.ts';
import { type ChromeApi, type Extension, launchExtension } from './harness.ts';

const GOOD = '2099-01-01.1';
const NEWER = '2099-02-01.1';

async function state(ext: Extension) {
  const stored = await readStoredCatalogue(ext);
  const all = await ext.inWorker((chrome) => chrome.storage.local.get('remoteCatalogueState'));
  return { version: stored.version, state: all.remoteCatalogueState ?? null };
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('with a managed policy and a remote catalogue', () => {
  let ext: Extension;
  let server: DemoServer;
  let endpoint: CatalogueEndpoint;
  let options: Page;
  const requests: string[] = [];
  const refresh = (mode: Mode) => {
    endpoint.mode = mode;
    return options.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        type: 'ui:catalogue-refresh',
        payload: {},
      }),
    );
  };

  beforeAll(async () => {
    server = await startDemoServer(0);
    endpoint = catalogueEndpoint({ good: GOOD, newer: NEWER });
    server.routes.push((req, res) => endpoint.route(req, res));
    writePolicy({
      homeRegion: '13',
      pageContextHosts: ['127.0.0.1'],
      catalogueUrl: `${server.origin}${endpoint.path}`,
      // The endpoint's "oversize" body is 3 MB: over this limit, under the default one.
      catalogueMaxMB: 2,
      refreshMinutes: 60,
      nonsense: true,
    });
    ext = await launchExtension();
    ext.context.on('request', (r) => requests.push(r.url()));
    await waitFor(
      () => state(ext),
      (s) => s.version === GOOD,
    );
    options = await ext.open('options');
  });
  afterAll(async () => {
    removePolicy();
    await ext?.close();
    await server?.close();
  });

  it('reads the policy from managed storage, filtered by the generated managed_schema', async () => {
    const managed = await ext.inWorker((chrome) => chrome.storage.managed.get());
    expect(managed).toMatchObject({ homeRegion: '13', pageContextHosts: ['127.0.0.1'] });
    // Chrome drops keys the schema does not know (lib/policy/policy.ts warns about them elsewhere).
    expect(managed).not.toHaveProperty('nonsense');
  });

  it('fetched the good catalogue on start and shows it as the source', async () => {
    expect((await state(ext)).state.error).toBeNull();
    // The page shows "–" until its first read of the catalogue state: wait for the version.
    await options.locator('[data-field="version"]', { hasText: GOOD }).waitFor({ timeout: 10_000 });
    await expect(options.locator('[data-field="version"]').textContent()).resolves.toBe(GOOD);
    await expect(options.locator('[data-field="source"]').textContent()).resolves.toContain(
      'Organisationens katalog',
    );
    expect(requests.some((url) => url.includes(endpoint.path))).toBe(true);
  });

  it('shows the home region as locked by policy', async () => {
    const region = options.locator('#home-region');
    await expect(region.inputValue()).resolves.toBe('13');
    await expect(region.isDisabled()).resolves.toBe(true);
    await expect(options.locator('#home-region-lock').textContent()).resolves.toContain(
      'Inställt av din organisation',
    );
    await expect(options.locator('#policy-notice').textContent()).resolves.toContain('Din organisation');
  });

  it('registers the content script for the policy host without any click', async () => {
    const ids = await waitFor(
      () =>
        ext.inWorker(async (chrome) =>
          (await chrome.scripting.getRegisteredContentScripts()).map((s: { id: string }) => s.id),
        ),
      (list: string[]) => list.some((id) => id.includes('127.0.0.1')),
    );
    expect(ids.some((id) => id.includes('://127.0.0.1/'))).toBe(true);
    // The store build injects it only where a user granted host access (docs/ADMIN.md, "Host
    // access"): tested in sidepanel.e2e.ts; a region's package, in region-package.e2e.ts.
  });

  it('revalidates with If-None-Match and keeps the catalogue on 304', async () => {
    const after = await refresh('good');
    expect(endpoint.conditional.at(-1)).toBe('"good"');
    expect(after).toMatchObject({ ok: true, value: { error: null, good: { version: GOOD } } });
  });

  it('fetches in full when the stored catalogue is of the format before situations', async () => {
    // What a version before situations stored (in storage.local, before the catalogue store
    // existed): resources with themes, no parts.
    const { catalogueDocument } = await import('./admin-fixtures.ts');
    const old = JSON.parse(catalogueDocument(GOOD)) as { resources: Record<string, unknown>[] };
    const resources = old.resources.map((r) => {
      const { serves: _s, aliases: _a, ...rest } = r;
      return { ...rest, themes: ['sex-mot-ersattning'] };
    });
    await clearStoredCatalogue(ext);
    await ext.inWorker(
      (chrome, arg) =>
        chrome.storage.local.set({
          remoteCatalogue: {
            url: arg.url,
            fetchedAt: '2026-11-01T00:00:00.000Z',
            bundle: {
              format: 'hanvisa-bundle/1',
              version: arg.version,
              resources: arg.resources,
              vocabulary: [],
              search: {},
              hours: {},
              synonyms: { groups: [] },
            },
          },
        }),
      { url: `${server.origin}${endpoint.path}`, version: GOOD, resources },
    );
    const after = await refresh('good');
    expect(endpoint.conditional.at(-1)).toBeNull();
    expect(after).toMatchObject({ ok: true, value: { error: null, good: { version: GOOD } } });
    const stored = await readStoredCatalogue(ext);
    expect(stored.version).toBe(GOOD);
    // The old copy is gone from storage.local once the new one is stored.
    expect(await ext.inWorker((chrome) => chrome.storage.local.get('remoteCatalogue'))).toEqual({});
  });

  it.each<[Mode, string]>([
    ['broken', 'schema'],
    ['oversize', 'oversize'],
    ['wrong-type', 'content-type'],
    ['missing', 'http'],
    ['slow', 'timeout'],
  ])('keeps the last good catalogue when the server sends %s', async (mode, code) => {
    const reply = await refresh(mode);
    expect(reply).toMatchObject({ ok: true, value: { error: { code } } });
    expect((await state(ext)).version).toBe(GOOD);
  });

  it('says what went wrong in plain Swedish', async () => {
    await refresh('broken');
    await options.reload();
    const error = options.locator('[data-field="error"]');
    await expect(error.textContent()).resolves.toContain('Filen innehöll fel och godtogs inte');
    await expect(error.textContent()).resolves.toContain('senast hämtade katalogen används');
  });

  it('swaps in a newer catalogue and keeps a favourite whose resource disappeared', async () => {
    // The resource the newer document drops (admin-fixtures.ts): the first no guidance points to.
    const all = (await readStoredCatalogue(ext)).resources;
    const related = new Set(all.flatMap((r) => (r.kind === 'guidance' ? (r.related ?? []) : [])));
    const gone = all.find((r) => r.kind !== 'guidance' && !related.has(r.id)) as { id: string; name: string };
    await ext.inWorker(
      (chrome, fav) =>
        chrome.storage.local.set({ favourites: [{ ...fav, addedAt: '2026-11-01T00:00:00.000Z' }] }),
      { id: gone.id, name: gone.name },
    );
    expect(await refresh('newer')).toMatchObject({ ok: true, value: { good: { version: NEWER } } });
    await options.reload();
    const item = options.locator('#favourites li[data-gone="true"]');
    await expect(item.textContent()).resolves.toContain('inte längre i katalogen');
    await expect(item.textContent()).resolves.toContain(gone.name);
  });

  it('applies a changed policy without a restart', async () => {
    writePolicy({ homeRegion: '14', catalogueUrl: `${server.origin}${endpoint.path}` });
    await reloadPolicies(ext.context);
    // The open options page follows storage.onChanged for the managed area.
    await options.waitForFunction(
      () => (document.querySelector('#home-region') as HTMLSelectElement | null)?.value === '14',
      null,
      {
        timeout: 15_000,
      },
    );
  });

  it('refuses a bad settings file and changes nothing', async () => {
    const before = await ext.inWorker((chrome) => chrome.storage.local.get(['settings', 'favourites']));
    await options.locator('#import-settings').setInputFiles({
      name: 'x.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"hanvisa-settings/1"}'),
    });
    await expect(options.locator('#data-status[data-kind="error"]').textContent()).resolves.toContain(
      'Filen lästes inte in',
    );
    expect(await ext.inWorker((chrome) => chrome.storage.local.get(['settings', 'favourites']))).toEqual(
      before,
    );
  });
});

/**
 * Nothing lost on an update: the stored data of every released storage version (fixtures in
 * tests/fixtures/storage/) is read back by the current storage items unchanged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/storage');

interface Fixture {
  versions: Record<string, number>;
  local: Record<string, unknown>;
}
const fixtures = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.json'))
  .map((name) => ({ name, ...(JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Fixture) }));

/** `local:` items and their current version, read from the source that defines them. */
function definedVersions(): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of [
    'platform/storage.ts',
    'platform/site-items.ts',
    'platform/settings.ts',
    'platform/remote-catalogue.ts',
  ]) {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const m of source.matchAll(/defineItem<[\s\S]*?>\(\s*'local:(\w+)',\s*\{([\s\S]*?)\}\s*\)/g)) {
      const version = /\bversion:\s*(\d+)/.exec(m[2] ?? '')?.[1];
      if (m[1] && version) out.set(m[1], Number(version));
    }
  }
  return out;
}

async function loadItems() {
  vi.resetModules();
  const storage = await import('../../platform/storage.ts');
  const sites = await import('../../platform/site-items.ts');
  const settings = await import('../../platform/settings.ts');
  return { ...storage, ...sites, settingsItem: settings.settingsItem };
}

describe('stored data of earlier versions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  });

  it('every versioned local item has a fixture for its current version', () => {
    const defined = definedVersions();
    expect(defined.get('favourites')).toBeGreaterThanOrEqual(1);
    expect(defined.get('settings')).toBeGreaterThanOrEqual(1);
    for (const [key, version] of defined) {
      for (let v = 1; v <= version; v++)
        expect(
          fixtures.some((f) => f.versions[key] === v),
          `tests/fixtures/storage has no fixture of "${key}" at version ${v}`,
        ).toBe(true);
    }
  });

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: favourites, settings and sites survive',
    async (_, fixture) => {
      await fakeBrowser.storage.local.set(fixture.local);
      const { favouritesItem, settingsItem, enabledSitesItem, recentItem } = await loadItems();
      const expected = fixture.local;
      await expect(favouritesItem.getValue()).resolves.toEqual(expected.favourites ?? []);
      await expect(settingsItem.getValue()).resolves.toEqual(expected.settings ?? {});
      await expect(enabledSitesItem.getValue()).resolves.toEqual(expected.enabledSites ?? []);
      await expect(recentItem.getValue()).resolves.toEqual(expected.recent ?? []);
      // Reading does not rewrite: the stored favourites are still the user's, byte for byte.
      const after = await fakeBrowser.storage.local.get('favourites');
      expect(after.favourites).toEqual(expected.favourites);
    },
  );

  it('a favourite whose resource left the catalogue is kept', async () => {
    const fixture = fixtures.find((f) => f.name === 'v1.json');
    await fakeBrowser.storage.local.set(fixture?.local ?? {});
    const { favouritesItem } = await loadItems();
    const ids = (await favouritesItem.getValue()).map((f) => f.id);
    expect(ids).toContain('en-resurs-som-lamnat-katalogen');
  });
});

/**
 * The popup's settings (platform/popup-settings.ts): the policy's through the mirror, else the
 * user's, else the default home region (Halland, as the options page and the side panel have it).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

async function load() {
  vi.resetModules();
  return {
    ...(await import('../../../platform/popup-settings.ts')),
    ...(await import('../../../platform/page-policy.ts')),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
});

describe('readHomeRegion', () => {
  it('takes the policy over the user, the user without a policy, and Halland without either', async () => {
    const { readHomeRegion, pagePolicyOf } = await load();
    expect(await readHomeRegion()).toBe('13');
    await fakeBrowser.storage.local.set({ settings: { homeRegion: '06' } });
    expect(await readHomeRegion()).toBe('06');
    await fakeBrowser.storage.local.set({ pagePolicy: pagePolicyOf({ homeRegion: '14' }) });
    expect(await readHomeRegion()).toBe('14');
    await fakeBrowser.storage.local.set({ pagePolicy: pagePolicyOf({ journalTemplate: '{name}' }) });
    expect(await readHomeRegion()).toBe('06');
  });

  it('reads the policy from managed storage while there is no mirror yet (a fresh install)', async () => {
    const { readHomeRegion, pagePolicyOf } = await load();
    await fakeBrowser.storage.managed.set({ homeRegion: '14' });
    await fakeBrowser.storage.local.set({ settings: { homeRegion: '06' } });
    expect(await readHomeRegion()).toBe('14');
    // Once the background has mirrored the policy, the mirror decides (it is the validated copy).
    await fakeBrowser.storage.local.set({ pagePolicy: pagePolicyOf({ journalTemplate: '{name}' }) });
    expect(await readHomeRegion()).toBe('06');
    await fakeBrowser.storage.local.remove('pagePolicy');
    await fakeBrowser.storage.managed.set({ homeRegion: '99' });
    expect(await readHomeRegion()).toBe('06');
  });

  it('ignores a damaged value instead of ordering by it', async () => {
    const { readHomeRegion } = await load();
    await fakeBrowser.storage.local.set({ settings: { homeRegion: '99' } });
    expect(await readHomeRegion()).toBe('13');
    await fakeBrowser.storage.local.set({ settings: 'nonsense', pagePolicy: 42 });
    expect(await readHomeRegion()).toBe('13');
  });
});

describe('readJournalTemplate', () => {
  it('takes the policy over the user, and the default (undefined) without either or when damaged', async () => {
    const { readJournalTemplate, pagePolicyOf } = await load();
    expect(await readJournalTemplate()).toBeUndefined();
    await fakeBrowser.storage.local.set({ settings: { journalTemplate: 'Eget: {name}' } });
    expect(await readJournalTemplate()).toBe('Eget: {name}');
    await fakeBrowser.storage.local.set({ pagePolicy: pagePolicyOf({ journalTemplate: 'Policy: {name}' }) });
    expect(await readJournalTemplate()).toBe('Policy: {name}');
    await fakeBrowser.storage.local.set({ settings: { journalTemplate: 42 }, pagePolicy: 42 });
    expect(await readJournalTemplate()).toBeUndefined();
  });
});

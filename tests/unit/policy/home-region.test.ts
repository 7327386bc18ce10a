/** The popup's home region (platform/home-region.ts): the policy's through the mirror, else the user's. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

async function load() {
  vi.resetModules();
  return {
    ...(await import('../../../platform/home-region.ts')),
    ...(await import('../../../platform/page-policy.ts')),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
});

describe('readHomeRegion', () => {
  it('takes the policy over the user, the user without a policy, and none without either', async () => {
    const { readHomeRegion, pagePolicyOf } = await load();
    expect(await readHomeRegion()).toBeNull();
    await fakeBrowser.storage.local.set({ settings: { homeRegion: '06' } });
    expect(await readHomeRegion()).toBe('06');
    await fakeBrowser.storage.local.set({ pagePolicy: pagePolicyOf({ homeRegion: '14' }) });
    expect(await readHomeRegion()).toBe('14');
    await fakeBrowser.storage.local.set({ pagePolicy: pagePolicyOf({ journalTemplate: '{name}' }) });
    expect(await readHomeRegion()).toBe('06');
  });

  it('ignores a damaged value instead of ordering by it', async () => {
    const { readHomeRegion } = await load();
    await fakeBrowser.storage.local.set({ settings: { homeRegion: '99' } });
    expect(await readHomeRegion()).toBeNull();
    await fakeBrowser.storage.local.set({ settings: 'nonsense', pagePolicy: 42 });
    expect(await readHomeRegion()).toBeNull();
  });
});

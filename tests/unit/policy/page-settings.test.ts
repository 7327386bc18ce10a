/**
 * The pages compute effective settings from local:settings and the background's policy mirror;
 * managed storage (slow on the first read after a browser start) only without a mirror. The
 * background, which enforces the age opt-in, keeps reading managed storage itself.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Policy } from '../../../data/policy-schema.ts';
import { effectiveSettings } from '../../../lib/policy/settings.ts';

const LOCKING: Policy = {
  homeRegion: '13',
  journalTemplate: '{name}',
  ageFromPersonnummer: 'off',
  patientFromNote: 'off',
  disabledFeatures: ['qrCode'],
  catalogueUrl: 'https://katalog.example.se/a.json',
};

async function load() {
  vi.resetModules();
  const settings = await import('../../../platform/settings.ts');
  const pagePolicy = await import('../../../platform/page-policy.ts');
  const sync = await import('../../../entrypoints/background/policy-sync.ts');
  return { ...settings, ...pagePolicy, ...sync };
}

beforeEach(() => {
  fakeBrowser.reset();
  (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
});

describe('effective settings in the pages', () => {
  it('come from the mirror without reading managed storage, locked flags included', async () => {
    await fakeBrowser.storage.managed.set({ homeRegion: '14' });
    const { pagePolicyOf } = await load();
    await fakeBrowser.storage.local.set({
      pagePolicy: pagePolicyOf(LOCKING),
      settings: { homeRegion: '06', journalTemplate: 'egen', ageFromPersonnummer: true, locale: 'en' },
    });
    const managed = vi.spyOn(fakeBrowser.storage.managed, 'get');
    const { getEffectiveSettings } = await load();
    const got = await getEffectiveSettings();
    expect(managed).not.toHaveBeenCalled();
    expect(got).toEqual({
      homeRegion: { value: '13', locked: true },
      journalTemplate: { value: '{name}', locked: true },
      ageFromPersonnummer: { value: false, locked: true },
      patientFromNote: { value: false, locked: true },
      locale: { value: 'en', locked: false },
    });
    // The same as lib/policy/settings.ts gives for the full policy: one source of truth.
    expect(got).toEqual(
      effectiveSettings({ homeRegion: '06', journalTemplate: 'egen', locale: 'en' }, LOCKING),
    );
  });

  it('leave unlocked what the policy does not set', async () => {
    const { pagePolicyOf } = await load();
    await fakeBrowser.storage.local.set({
      pagePolicy: pagePolicyOf({ ageFromPersonnummer: 'default' }),
      settings: { homeRegion: '06' },
    });
    const { getEffectiveSettings } = await load();
    const got = await getEffectiveSettings();
    expect(got.homeRegion).toEqual({ value: '06', locked: false });
    expect(got.ageFromPersonnummer).toEqual({ value: true, locked: false });
  });

  it('fall back to managed storage without a mirror, or with one from before the settings keys', async () => {
    await fakeBrowser.storage.managed.set({ homeRegion: '13', journalTemplate: 42 });
    const { getEffectiveSettings } = await load();
    expect((await getEffectiveSettings()).homeRegion).toEqual({ value: '13', locked: true });
    // The invalid template was dropped by the parser, so it locks nothing.
    expect((await getEffectiveSettings()).journalTemplate).toEqual({ value: null, locked: false });
    await fakeBrowser.storage.local.set({ pagePolicy: { catalogueUrl: null, hiddenResources: [] } });
    expect((await getEffectiveSettings()).homeRegion).toEqual({ value: '13', locked: true });
  });

  it('refuse a change to a setting the mirror locks', async () => {
    const { pagePolicyOf } = await load();
    await fakeBrowser.storage.local.set({ pagePolicy: pagePolicyOf({ homeRegion: '13' }) });
    const { updateSetting, settingsItem } = await load();
    await expect(updateSetting('homeRegion', '06')).rejects.toThrow(/administrator/);
    await updateSetting('journalTemplate', 'egen');
    await expect(settingsItem.getValue()).resolves.toEqual({ journalTemplate: 'egen' });
  });
});

describe('a policy change', () => {
  it('updates the mirror, and the pages follow it', async () => {
    await fakeBrowser.storage.managed.set({ homeRegion: '13' });
    const { mirrorPagePolicy, pagePolicyOf, pagePolicyItem, watchEffectiveSettings } = await load();
    await mirrorPagePolicy(pagePolicyOf({ homeRegion: '13' }));
    const seen: unknown[] = [];
    const stop = watchEffectiveSettings((s) => seen.push(s.homeRegion));
    await mirrorPagePolicy(pagePolicyOf({ journalTemplate: 'x' }));
    await vi.waitFor(() => expect(seen).toEqual([{ value: null, locked: false }]));
    stop();
    await expect(pagePolicyItem.getValue()).resolves.toMatchObject({ settings: { journalTemplate: 'x' } });
  });

  it('in managed storage is mirrored by the background, settings keys validated', async () => {
    await fakeBrowser.storage.managed.set({
      homeRegion: '13',
      ageFromPersonnummer: 'default',
      patientFromNote: 'allowed',
    });
    // Registering content scripts is not what this test is about (fake-browser lacks it).
    vi.doMock('../../../platform/sites.ts', () => ({ setPolicySites: async () => undefined }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { startPolicySync, pagePolicyItem } = await load();
    startPolicySync();
    await vi.waitFor(async () =>
      expect((await pagePolicyItem.getValue())?.settings).toEqual({
        homeRegion: '13',
        ageFromPersonnummer: 'default',
        patientFromNote: 'allowed',
      }),
    );
    await fakeBrowser.storage.managed.set({ homeRegion: 'xx', pageContext: false });
    await vi.waitFor(async () =>
      expect((await pagePolicyItem.getValue())?.settings).toEqual({
        ageFromPersonnummer: 'default',
        patientFromNote: 'allowed',
        pageContext: false,
      }),
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"homeRegion"'));
    vi.doUnmock('../../../platform/sites.ts');
    warn.mockRestore();
  });

  it('the background itself reads managed storage, not a mirror that may be stale', async () => {
    await fakeBrowser.storage.managed.set({ ageFromPersonnummer: 'off' });
    const { pagePolicyOf } = await load();
    await fakeBrowser.storage.local.set({
      pagePolicy: pagePolicyOf({}),
      settings: { ageFromPersonnummer: true },
    });
    const { enforceManagedPolicy, getEffectiveSettings, getPageSettingsPolicy } = await load();
    expect((await getEffectiveSettings()).ageFromPersonnummer.value).toBe(true);
    enforceManagedPolicy();
    expect((await getEffectiveSettings()).ageFromPersonnummer).toEqual({ value: false, locked: true });
    // The popup's tab context still answers from the mirror.
    await expect(getPageSettingsPolicy()).resolves.toEqual({});
  });
});

/**
 * Damaged storage in the real extension: every item the pages read holds something no version of
 * Hänvisa writes. The popup, the side panel and the options page must still open, search and show
 * the sound part of the user's data, without an error, and leave the user's stored data as it was.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness.ts';

const FAVOURITE = { id: 'kvinnofridslinjen', name: 'Kvinnofridslinjen', addedAt: '2026-11-01T00:00:00.000Z' };
const LOCAL = {
  favourites: [FAVOURITE, 'x', { id: 42 }, null],
  recent: { not: 'a list' },
  settings: 'nonsense',
  enabledSites: 7,
  policySites: [null],
  pagePolicy: { catalogueUrl: 5, hiddenResources: 'all' },
  remoteCatalogue: { url: 'https://intranet.example.se/c.json', bundle: { format: 'hanvisa-bundle/1' } },
};
const SESSION = { popupState: { query: 3 }, pendingQuery: [], pageThemes: 'x' };

describe('with damaged values in storage', () => {
  let ext: Extension;
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    return page;
  };

  beforeAll(async () => {
    ext = await launchExtension();
    await ext.inWorker(
      async (chrome, values) => {
        await chrome.storage.local.set(values.local);
        await chrome.storage.session.set(values.session);
      },
      { local: LOCAL, session: SESSION },
    );
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('the popup opens, shows the sound favourite and searches', async () => {
    const popup = watch(await ext.open('popup'));
    await popup.getByRole('combobox').waitFor();
    await popup.getByText('Kvinnofridslinjen').first().waitFor();
    await popup.keyboard.type('bris');
    await expect
      .poll(() => popup.getByRole('option').first().textContent(), { timeout: 5_000 })
      .toMatch(/BRIS/i);
    await popup.close();
  });

  it('the side panel opens with its search and favourites', async () => {
    const panel = watch(await ext.open('sidepanel'));
    await panel.getByRole('combobox').waitFor();
    await panel.getByText('Kvinnofridslinjen').first().waitFor();
    await panel.close();
  });

  it('the options page opens and lists the sound favourite', async () => {
    const options = watch(await ext.open('options'));
    await options.getByRole('heading', { level: 1 }).waitFor();
    await options.locator('#favourites', { hasText: 'Kvinnofridslinjen' }).waitFor();
    await options.close();
  });

  it("no page logged an error, and the user's own data is stored as it was", async () => {
    expect(errors).toEqual([]);
    // The caches the background derives from the policy (pagePolicy, policySites, remoteCatalogue)
    // are rewritten from their source at start; the user's data is only ever written on a change.
    const mine = ['favourites', 'recent', 'settings', 'enabledSites'];
    const stored = await ext.inWorker((chrome, keys) => chrome.storage.local.get(keys), mine);
    expect(stored).toEqual(Object.fromEntries(mine.map((k) => [k, LOCAL[k as keyof typeof LOCAL]])));
  });
});

/**
 * The side panel and the page reader, in Chromium with the built extension, over the demo
 * journal on 127.0.0.1. The host permission is granted as a user can in the browser's extension
 * settings (site-access.ts); enabling the site is then the panel's own button.
 */
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type Extension, launchExtension } from './harness.ts';
import { grantSiteAccess, tabIdOf } from './site-access.ts';

/** A second host for the same server: a site nobody enabled. */
const OTHER_HOST = 'not-enabled.test';

describe('the side panel over the demo journal', () => {
  let ext: Extension;
  let demo: DemoServer;
  let journal: Page;
  let panel: Page;
  let tabId: number;
  const requests: string[] = [];

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension({ args: [`--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1`] });
    ext.context.on('request', (r) => requests.push(r.url()));
    await grantSiteAccess(ext, 'http://127.0.0.1/*');
    journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
    tabId = await tabIdOf(ext, `${demo.origin}/journal.html*`);
    panel = await ext.open('sidepanel', `?tab=${tabId}`);
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  it('reads nothing until the site is enabled', async () => {
    await panel.getByRole('button', { name: 'Aktivera på den här webbplatsen' }).waitFor();
    expect(await journal.locator('html').getAttribute('data-hanvisa')).toBeNull();
    expect(await ext.inWorker((chrome) => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
  });

  it('enables the site from a click in the panel and starts reading the open tab', async () => {
    await panel.getByRole('button', { name: 'Aktivera på den här webbplatsen' }).click();
    await panel.getByText('Hänvisa läser sidan på 127.0.0.1').waitFor();
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
    const scripts = await ext.inWorker((chrome) => chrome.scripting.getRegisteredContentScripts());
    expect(scripts.map((s: { matches: string[] }) => s.matches)).toEqual([['http://127.0.0.1/*']]);
  });

  it('suggests resources with reasons after a note is typed, and counts them on the badge', async () => {
    await expect(panel.getByText('Inga förslag', { exact: false }).waitFor()).resolves.toBeUndefined();
    await journal.locator('#editor p').click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(' Hon berättar att hon har sålt sex mot ersättning via en sugardejtingsida.');
    const list = panel.locator('.suggestions');
    await list.locator('[data-suggestion-row]').first().waitFor();
    await expect(list.textContent()).resolves.toMatch(/sex mot ersättning/);
    const count = await list.locator('[data-suggestion-row]').count();
    expect(count).toBeGreaterThan(0);
    const badge = await ext.inWorker((chrome, id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).not.toBe('');
  });

  it('keeps only theme hits in the background, never page text', async () => {
    const stored = await ext.inWorker((chrome) => chrome.storage.session.get(null));
    const text = JSON.stringify(stored);
    expect(text).toContain('sex-mot-ersattning');
    expect(text).not.toContain('berättar');
    expect(text).not.toContain('Tolvan');
    expect(text).not.toContain('19121212');
  });

  it('inserts the journal line at the caret of the editor, as typed input that undo removes', async () => {
    await journal.locator('#editor p').click();
    await journal.keyboard.press('End');
    await panel
      .getByRole('button', { name: /^Infoga i journalen: / })
      .first()
      .click();
    await panel.getByText('Infogat i journalen.').first().waitFor();
    await expect(journal.locator('#editor').textContent()).resolves.toContain('Hänvisning:');
    await journal.bringToFront();
    await journal.keyboard.press('Control+z');
    await expect(journal.locator('#editor').textContent()).resolves.not.toContain('Hänvisning:');
  });

  it('inserts into the text area in the same-origin frame', async () => {
    const frame = journal.frameLocator('#bilaga');
    await frame.locator('#frame-note').click();
    await frame.locator('#frame-note').fill('Sammanfattning: ');
    await panel
      .getByRole('button', { name: /^Infoga i journalen: / })
      .first()
      .click();
    await expect
      .poll(() => frame.locator('#frame-note').inputValue())
      .toMatch(/^Sammanfattning: Hänvisning:/);
  });

  it('offers "Infoga i journalen" in the popup over the enabled journal and inserts there', async () => {
    const popup = await ext.open('popup', `?tab=${tabId}`);
    await popup.locator('#popup-q').fill('Bris');
    const insert = popup.getByRole('button', { name: 'Infoga i journalen: Bris' });
    await insert.waitFor();
    await journal.bringToFront();
    await journal.locator('#editor p').click();
    await journal.keyboard.press('End');
    await popup.bringToFront();
    await insert.click();
    await popup.getByText('Infogat i journalen.').waitFor();
    await expect(journal.locator('#editor').textContent()).resolves.toMatch(/Hänvisning: Bris/);
    await popup.close();
  });

  it('runs nothing on a site that was not enabled', async () => {
    const other = await ext.context.newPage();
    const port = new URL(demo.origin).port;
    await other.goto(`http://${OTHER_HOST}:${port}/intranet.html`);
    await other.waitForTimeout(800);
    expect(await other.locator('html').getAttribute('data-hanvisa')).toBeNull();
    const stored = await ext.inWorker((chrome) => chrome.storage.session.get('pageThemes'));
    expect(Object.keys(stored.pageThemes ?? {})).toEqual([String(tabId)]);
    await other.close();
  });

  it('passes axe-core on the side panel with suggestions', async () => {
    await panel.locator('[data-suggestion-row]').first().waitFor();
    const result = await new AxeBuilder({ page: panel }).analyze();
    const summary = result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`,
    );
    expect(summary).toEqual([]);
  });

  it('follows notes loaded without a reload and history.pushState navigation', async () => {
    const themesOfTab = async (): Promise<string[]> => {
      const stored = await ext.inWorker((chrome) => chrome.storage.session.get('pageThemes'));
      return (stored.pageThemes?.[String(tabId)]?.hits ?? []).map((h: { theme: string }) => h.theme);
    };
    expect(await themesOfTab()).not.toContain('manniskohandel');
    for (let i = 0; i < 2; i++) {
      await journal.getByRole('link', { name: 'Anteckning' }).click();
      await journal.getByRole('button', { name: 'Läs in nästa anteckning' }).click();
    }
    expect(new URL(journal.url()).search).toBe('?vy=historik');
    await expect.poll(themesOfTab, { timeout: 5_000 }).toContain('manniskohandel');
  });

  it('opens a suggestion as the full card, with "Infoga i journalen" beside the copy button', async () => {
    const details = panel
      .locator('.suggestions')
      .getByRole('button', { name: /^Detaljer om / })
      .first();
    await details.click();
    expect(await details.getAttribute('aria-expanded')).toBe('true');
    const card = panel.locator('.suggestions .card').first();
    await card.getByRole('button', { name: /^Kopiera journaltext om / }).waitFor();
    expect(await card.getByRole('button', { name: /^Infoga i journalen: / }).count()).toBe(1);
    await details.click();
  });

  it('shows a query left by the context menu or the address bar, then removes it', async () => {
    await ext.inWorker(
      (chrome, at) =>
        chrome.storage.session.set({ pendingQuery: { query: 'sugardejting', resourceId: null, at } }),
      Date.now(),
    );
    await expect.poll(() => panel.locator('#sidepanel-q').inputValue()).toBe('sugardejting');
    await expect.poll(() => ext.inWorker((chrome) => chrome.storage.session.get('pendingQuery'))).toEqual({});
  });

  it("shows the resource the overlay's Alt+Enter left, with insert on its card", async () => {
    await ext.inWorker(
      (chrome, at) => chrome.storage.session.set({ pendingQuery: { query: '', resourceId: 'bris', at } }),
      Date.now(),
    );
    const card = panel.locator('.search-panel .card');
    await card.getByRole('heading', { name: 'Bris', exact: true }).waitFor();
    await card.getByRole('button', { name: 'Infoga i journalen: Bris' }).waitFor();
  });

  it('offers no insert in a popup over a page that was not enabled', async () => {
    const other = await ext.context.newPage();
    await other.goto(`http://${OTHER_HOST}:${new URL(demo.origin).port}/intranet.html`);
    await other.bringToFront();
    // Its address is hidden from the extension (not enabled): find it as the active tab.
    const otherId = await ext.inWorker(
      async (chrome) => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id as number,
    );
    expect(otherId).not.toBe(tabId);
    const popup = await ext.open('popup', `?tab=${otherId}`);
    await popup.locator('#popup-q').fill('Bris');
    await popup.getByRole('button', { name: 'Kopiera journaltext om Bris' }).waitFor();
    await popup.waitForTimeout(300);
    expect(await popup.getByRole('button', { name: /^Infoga i journalen/ }).count()).toBe(0);
    await popup.close();
    await other.close();
  });

  it('turns the site off: the script stops and its registration and permission are gone', async () => {
    await panel.getByRole('button', { name: 'Stäng av' }).first().click();
    await panel.getByRole('button', { name: 'Aktivera på den här webbplatsen' }).waitFor();
    await journal.waitForSelector('html:not([data-hanvisa])', { state: 'attached' });
    expect(await ext.inWorker((chrome) => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    const allowed = await ext.inWorker((chrome) =>
      chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }),
    );
    expect(allowed).toBe(false);
  });

  it('made no network request except to the demo pages and its own files', () => {
    const port = new URL(demo.origin).port;
    const allowed = [
      `http://127.0.0.1:${port}/`,
      `http://${OTHER_HOST}:${port}/`,
      `chrome-extension://${ext.id}/`,
    ];
    const other = requests.filter(
      (url) => !allowed.some((prefix) => url.startsWith(prefix)) && !url.startsWith('chrome://'),
    );
    expect(other).toEqual([]);
    expect(
      demo.requests.every((path) =>
        /^\/(journal\.html|journal\.js|frame\.html|intranet\.html|demo\.css|favicon\.ico)/.test(path),
      ),
    ).toBe(true);
  });
});

/**
 * The Firefox build in firefox-esr: popup search, the sidebar page over the demo journal (site
 * enabling, suggestions, insertion) and the network. The sidebar itself cannot be shown by a
 * driven headless Firefox, so its page is opened as a tab pinned to the journal's tab (?tab=),
 * as in the Chromium tests (docs/BROWSERS.md, "What is not automated").
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { EXTENSION_ORIGIN, type FirefoxExtension, launchFirefox, waitUntil } from './harness.ts';

/** The promise-based `browser` global of an extension page; written inline in each evaluate. */
// biome-ignore lint/suspicious/noExplicitAny: the real WebExtension API object inside the page
type Api = any;

async function textOf(page: Page, selector: string): Promise<string> {
  return page.$eval(selector, (el) => el.textContent ?? '');
}

describe('the built add-on in Firefox', () => {
  let ff: FirefoxExtension;
  let demo: DemoServer;
  let journal: Page;
  let panel: Page;
  let tabId: number;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ff = await launchFirefox();
  });
  afterAll(async () => {
    await ff?.close();
    await demo?.close();
  });

  it('is the MV3 build with a sidebar, no required host permissions and no data collection', async () => {
    const page = await ff.open('popup');
    const manifest = await page.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.runtime.getManifest(),
    );
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.sidebar_action.default_panel).toMatch(/\/sidepanel\.html$/);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
    const granted = await page.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.permissions.getAll(),
    );
    expect(granted.origins).toEqual([]);
    // Shortcuts and keyword: Firefox opens its own sidebar through `_execute_sidebar_action`.
    expect(manifest.omnibox.keyword).toBe('hv');
    const commands = await page.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.commands.getAll(),
    );
    const bound = commands
      .filter((c: { shortcut?: string }) => c.shortcut)
      .map((c: { name: string }) => c.name);
    expect(bound).toEqual(expect.arrayContaining(['_execute_action', '_execute_sidebar_action']));
    await page.close();
  });

  it('searches in the popup as you type, in Swedish', async () => {
    const page = await ff.open('popup', '', 'input[role="combobox"]');
    expect(await page.$eval('html', (el) => el.getAttribute('lang'))).toBe('sv');
    await page.type('input[role="combobox"]', 'vardguiden');
    await waitUntil(page, () => /1177/.test(document.querySelector('[role="listbox"]')?.textContent ?? ''), {
      timeout: 5_000,
    });
    expect(await textOf(page, '[role="option"]')).toMatch(/1177/);
    await page.close();
  });

  it('reads nothing on the demo journal before the site is enabled', async () => {
    journal = await ff.openUrl(`${demo.origin}/journal.html`);
    await new Promise((done) => setTimeout(done, 500));
    expect(await journal.$eval('html', (el) => el.getAttribute('data-hanvisa'))).toBeNull();
  });

  it('enables the site from a click in the sidebar page and starts reading the open tab', async () => {
    // A user grants site access in about:addons first, so the panel may see the tab's address
    // (Chrome's test does the same through chrome://extensions). Here: a real click in an
    // extension page, which the pref in the harness lets through without a doorhanger.
    const grant = await ff.open('options', '', 'body *');
    await grant.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'grant';
      button.onclick = () =>
        void (globalThis as unknown as { browser: Api }).browser.permissions.request({
          origins: ['http://127.0.0.1/*'],
        });
      document.body.prepend(button);
    });
    await grant.click('#grant');
    await waitUntil(grant, () =>
      (globalThis as unknown as { browser: Api }).browser.permissions.contains({
        origins: ['http://127.0.0.1/*'],
      }),
    );
    tabId = await grant.evaluate(
      async (origin) =>
        (
          await (globalThis as unknown as { browser: Api }).browser.tabs.query({
            url: `${origin.replace(/:\d+$/, '')}/journal.html*`,
          })
        )[0]?.id,
      demo.origin,
    );
    expect(typeof tabId).toBe('number');
    await grant.close();

    panel = await ff.open('sidepanel', `?tab=${tabId}`, '::-p-text(Aktivera på den här webbplatsen)');
    await panel.click('::-p-text(Aktivera på den här webbplatsen)');
    await panel.waitForSelector('::-p-text(Hänvisa läser sidan på 127.0.0.1)');
    await journal.waitForSelector('html[data-hanvisa]', { timeout: 10_000 });
    const scripts = await panel.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.scripting.getRegisteredContentScripts(),
    );
    expect(scripts.map((s: { matches: string[] }) => s.matches)).toEqual([['http://127.0.0.1/*']]);
  });

  it('suggests resources for the page after a note is typed', async () => {
    await journal.click('#editor p');
    await journal.keyboard.press('End');
    await journal.keyboard.type(' Hon berättar att hon har sålt sex mot ersättning via en sugardejtingsida.');
    await panel.waitForSelector('.suggestion-list li', { timeout: 10_000 });
    expect(await textOf(panel, '.suggestion-list')).toMatch(/sex mot ersättning/);
    const stored = JSON.stringify(
      await panel.evaluate(() =>
        (globalThis as unknown as { browser: Api }).browser.storage.session.get(null),
      ),
    );
    expect(stored).toContain('sex-mot-ersattning');
    expect(stored).not.toContain('berättar');
    expect(stored).not.toContain('Tolvan');
  });

  it('inserts the journal line at the caret of the editor', async () => {
    // A background tab gets no focus events in Firefox; the real sidebar sits beside the page.
    await journal.bringToFront();
    await journal.click('#editor p');
    await journal.keyboard.press('End');
    await panel.click('.suggestion-list button[aria-label^="Infoga i journalen"]');
    await panel.waitForSelector('::-p-text(Infogat i journalen.)', { timeout: 5_000 });
    expect(await textOf(journal, '#editor')).toContain('Hänvisning:');
  });

  it('turns the site off: registration and permission are gone', async () => {
    // The previous test brought the journal to the front; a background tab takes no clicks.
    await panel.bringToFront();
    await panel.click('button::-p-text(Stäng av)');
    await panel.waitForSelector('::-p-text(Aktivera på den här webbplatsen)');
    await journal.waitForSelector('html:not([data-hanvisa])');
    expect(
      await panel.evaluate(() =>
        (globalThis as unknown as { browser: Api }).browser.scripting.getRegisteredContentScripts(),
      ),
    ).toEqual([]);
  });

  it('made no network request except to the demo pages and its own files', () => {
    const port = new URL(demo.origin).port;
    const allowed = [`http://127.0.0.1:${port}/`, `${EXTENSION_ORIGIN}/`, 'about:'];
    expect(ff.requests.some((url) => url.includes('/journal.html'))).toBe(true);
    expect(ff.requests.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)))).toEqual([]);
    // The background's fetches are invisible to BiDi: the server's log covers them.
    expect(
      demo.requests.filter(
        (p) => !/^\/(journal\.html|journal\.js|frame\.html|demo\.css|favicon\.ico)/.test(p),
      ),
    ).toEqual([]);
  });
});

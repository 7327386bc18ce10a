/**
 * A page cannot end the quick-search overlay. WXT's ContentScriptContext stops when the page sees
 * "<extension id>:<script>:wxt:content-script-started" on document; the id is public, so any page
 * can dispatch it. The overlay's life hangs on a runtime Port instead: after the forged event it
 * must still search, and Escape must still close it and put focus back.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type Extension, launchExtension } from './harness.ts';
import { enableSite, foreignErrors, record } from './security-helpers.ts';

const overlayQuery = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('hanvisa-quicksearch')?.shadowRoot;
    return {
      query: root?.querySelector('[role=listbox]')?.getAttribute('data-query') ?? null,
      options: root?.querySelectorAll('[role=option]').length ?? 0,
    };
  });

describe('quick-search overlay and a forged WXT "script started" event', () => {
  let ext: Extension;
  let demo: DemoServer;
  let log: ReturnType<typeof record>;
  let journal: Page;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension();
    log = record(ext.context);
    await enableSite(ext);
    journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
    await journal.locator('#editor p').click();
    const tabId = await ext.inWorker(
      async (chrome, url: string) => (await chrome.tabs.query({ url: `${url}*` }))[0]?.id,
      `${demo.origin}/journal.html`,
    );
    await ext.inWorker(
      (chrome, id: number) =>
        chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/quicksearch.js'] }),
      tabId,
    );
    await journal.waitForSelector('hanvisa-quicksearch', { state: 'attached' });
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  it('keeps working after the page dispatches the event (document and window, both shapes)', async () => {
    await journal.evaluate((id) => {
      for (const script of ['quicksearch', 'context']) {
        const type = `${id}:${script}:wxt:content-script-started`;
        const detail = { contentScriptName: script, messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, contentScriptName: script, messageId: 'forged' }, '*');
      }
    }, ext.id);
    // Longer than the overlay's own 1 s liveness check.
    await journal.waitForTimeout(1_500);
    expect(await journal.locator('hanvisa-quicksearch').count()).toBe(1);
    await journal.locator('hanvisa-quicksearch input').fill('kvinnofrid');
    await expect
      .poll(() => overlayQuery(journal), { timeout: 10_000 })
      .toMatchObject({ query: 'kvinnofrid' });
    expect((await overlayQuery(journal)).options).toBeGreaterThan(0);
  });

  it('still closes on Escape and gives focus back to the journal', async () => {
    await journal.keyboard.press('Escape');
    expect(await journal.locator('hanvisa-quicksearch').count()).toBe(0);
    expect(await journal.evaluate(() => document.activeElement?.closest('#editor') !== null)).toBe(true);
    expect(foreignErrors(log, /^$/)).toEqual([]);
  });
});

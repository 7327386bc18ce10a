/**
 * An update (here: chrome.runtime.reload(), which is what an update does to running parts) while
 * the side panel and the quick-search overlay are open and the page reader runs: no uncaught
 * error, the old page reader stops (no more reports from it), and favourites, settings and
 * enabled sites are all still there afterwards.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Worker } from 'playwright-core';

declare const chrome: { runtime: { id: string } };

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type ChromeApi, type Extension, launchExtension } from './harness.ts';
import { enableSite, foreignErrors, record } from './security-helpers.ts';

const FIXTURE = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/storage/v1.json'), 'utf8'),
) as { local: Record<string, unknown> };

/** A worker or an extension page: both have the whole chrome.* API. */
type Runner = Pick<Worker, 'evaluate'>;

function run<T, A>(worker: Runner, fn: (chrome: ChromeApi, arg: A) => T | Promise<T>, arg: A): Promise<T> {
  return worker.evaluate(`(${fn.toString()})(chrome, ${JSON.stringify(arg)})`) as Promise<T>;
}

describe('extension reload while everything is open', () => {
  let ext: Extension;
  let demo: DemoServer;
  let log: ReturnType<typeof record>;
  let worker: Runner;
  let tabId = 0;
  const journalUrl = () => `${demo.origin}/journal.html`;
  const hitsOf = (w: Runner) =>
    run(
      w,
      async (chrome, id: number) =>
        (await chrome.storage.session.get('pageThemes')).pageThemes?.[String(id)] ?? null,
      tabId,
    );

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension();
    log = record(ext.context);
    worker = ext.worker;
    // Without developer mode Chromium disables a reloaded unpacked extension ("unsupported developer extension").
    const settings = await ext.context.newPage();
    await settings.goto('chrome://extensions/');
    await settings.evaluate(
      () =>
        new Promise<void>((done) =>
          // biome-ignore lint/suspicious/noExplicitAny: chrome.developerPrivate exists only on chrome://extensions
          (globalThis as any).chrome.developerPrivate.updateProfileConfiguration(
            { inDeveloperMode: true },
            () => done(),
          ),
        ),
    );
    await settings.close();
    await enableSite(ext);
    // The user's data as 0.1.0 stored it (favourites, settings), next to the enabled site.
    const { enabledSites: _sites, enabledSites$: _meta, ...userData } = FIXTURE.local;
    await run(worker, (chrome, data) => chrome.storage.local.set(data), userData);
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  it('has the page reader, the side panel and the overlay running', async () => {
    const journal = await ext.context.newPage();
    await journal.goto(journalUrl());
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
    tabId = await run(
      worker,
      async (chrome, url: string) => (await chrome.tabs.query({ url: `${url}*` }))[0]?.id,
      journalUrl(),
    );
    await journal.locator('#editor p').click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(' Hon har sålt sex mot ersättning.');
    await expect
      .poll(() => hitsOf(worker).then((p) => p?.hits?.length ?? 0), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const panel = await ext.open('sidepanel', `?tab=${tabId}`);
    await panel.locator('[data-suggestion-row]').first().waitFor();
    await run(
      worker,
      (chrome, id: number) =>
        chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/quicksearch.js'] }),
      tabId,
    );
    await journal.waitForSelector('hanvisa-quicksearch', { state: 'attached' });
  });

  it('reloads: the old page reader stops and sends nothing more; no uncaught error anywhere', async () => {
    const journal = ext.context.pages().find((p) => p.url().startsWith(journalUrl()));
    if (!journal) throw new Error('journal page gone');
    await run(worker, (chrome) => setTimeout(() => chrome.runtime.reload(), 50), null);
    await journal.waitForTimeout(1_500);
    // Playwright does not attach to the restarted worker: an extension page has the same API.
    const page = await ext.context.newPage();
    await expect
      .poll(
        () =>
          page
            .goto(`chrome-extension://${ext.id}/options.html`)
            .then(() => page.evaluate(() => chrome.runtime.id))
            .catch(() => null),
        { timeout: 15_000 },
      )
      .toBe(ext.id);
    worker = page;
    // The old script notices the lost context within its 2 s field check and takes its marker down.
    await journal.waitForSelector('html:not([data-hanvisa])', { state: 'attached', timeout: 8_000 });
    const before = await hitsOf(worker);
    // If an orphaned overlay were left, typing into it must not throw; it should already be gone.
    await journal
      .locator('hanvisa-quicksearch input')
      .fill('kvinnofrid', { timeout: 2_000 })
      .catch(() => undefined);
    const overlayLeft = await journal.locator('hanvisa-quicksearch').count();
    await journal.keyboard.press('Escape');
    const overlayAfterEscape = await journal.locator('hanvisa-quicksearch').count();
    await journal.locator('#editor').focus();
    await journal.keyboard.press('Control+End');
    await journal.keyboard.type(' Vi pratade om hbtq och självskada.');
    await journal.waitForTimeout(2_500);
    expect(await hitsOf(worker)).toEqual(before);
    expect(foreignErrors(log, /^$/)).toEqual([]);
    console.info(
      `quick-search overlay elements after reload: ${overlayLeft}, after Escape: ${overlayAfterEscape}`,
    );
    // The overlay ends itself when its extension goes away (platform/lifetime.ts).
    expect(overlayLeft, 'orphaned quick-search overlay still on the page after reload').toBe(0);
  });

  it('keeps favourites, settings and the enabled site; reading resumes on the next page load', async () => {
    const local = await run(worker, (chrome) => chrome.storage.local.get(null), null);
    expect(local.favourites).toEqual(FIXTURE.local.favourites);
    expect(local.settings).toEqual(FIXTURE.local.settings);
    expect(local.enabledSites).toEqual(['http://127.0.0.1/*']);
    const scripts = await run(worker, (chrome) => chrome.scripting.getRegisteredContentScripts(), null);
    expect(scripts.map((s: { matches: string[] }) => s.matches)).toEqual([['http://127.0.0.1/*']]);
    const journal = ext.context.pages().find((p) => p.url().startsWith(journalUrl()));
    if (!journal) throw new Error('journal page gone');
    await journal.reload();
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
    await journal.locator('#editor p').click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(' Hon har sålt sex mot ersättning.');
    await expect
      .poll(() => hitsOf(worker).then((p) => p?.hits?.length ?? 0), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const panel = await ext.open('sidepanel', `?tab=${tabId}`);
    await panel.locator('[data-suggestion-row]').first().waitFor();
    expect(foreignErrors(log, /^$/)).toEqual([]);
  });
});

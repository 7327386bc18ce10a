/**
 * No data leaves: a full session on the demo journal (enable the site, write a note holding a
 * canary, suggestions, insert, search, copy, options) recorded three ways — Playwright's request
 * events for pages and the service worker, a route on every request, and Chromium's own net-log
 * of the whole browser — shows no request but the demo pages and the extension's own files, and
 * the canary is in no storage area, no console line and no request.
 */
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type Extension, launchExtension } from './harness.ts';
import { readNetLog } from './netlog.ts';
import { enableSite, record } from './security-helpers.ts';

const CANARY = 'KANARIE-7f3a9';
const NOTE = ` Hon berättar att hon har sålt sex mot ersättning via en sugardejtingsida. ${CANARY} vill ringa.`;

describe('privacy: nothing leaves the browser', () => {
  let ext: Extension;
  let demo: DemoServer;
  let log: ReturnType<typeof record>;
  let journal: Page;
  let allowed: string[];
  const routed: string[] = [];
  const netlog = join(mkdtempSync(join(tmpdir(), 'hanvisa-netlog-')), 'netlog.json');

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension({ args: [`--log-net-log=${netlog}`, '--net-log-capture-mode=Default'] });
    log = record(ext.context);
    await ext.context.route('**/*', (route) => {
      routed.push(route.request().url());
      return route.continue();
    });
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    allowed = [`${demo.origin}/`, `chrome-extension://${ext.id}/`];
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  it('runs a whole session: enable, note with a canary, suggestions, insert, search, copy, options', async () => {
    await enableSite(ext);
    journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
    const tabId = await ext.inWorker(
      async (chrome, url) => (await chrome.tabs.query({ url: `${url}/journal.html*` }))[0]?.id,
      demo.origin,
    );
    const panel = await ext.open('sidepanel', `?tab=${tabId}`);
    await journal.bringToFront();
    await journal.locator('#editor p').click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(NOTE);
    await journal.locator('#plan').fill(`Planering: ${CANARY} återkommer.`);
    const list = panel.locator('.suggestions');
    await list.locator('[data-suggestion-row]').first().waitFor();
    expect(await list.locator('[data-suggestion-row]').count()).toBeGreaterThan(0);

    await journal.locator('#editor p').click();
    await journal.keyboard.press('End');
    await panel
      .getByRole('button', { name: /^Infoga i journalen: / })
      .first()
      .click();
    await panel.getByText('Infogat i journalen.').first().waitFor();

    const popup = await ext.open('popup');
    await popup.getByRole('combobox').waitFor();
    await popup.keyboard.type('kvinofrid');
    await popup.getByRole('option').first().waitFor();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByText(/^Kopierat:/).count()).toBeGreaterThan(0);

    const options = await ext.open('options');
    await options.getByRole('heading', { level: 1 }).waitFor();
    // Give the background time for anything it might send late (a debounce, an alarm).
    await journal.waitForTimeout(1_500);
  });

  it('the recorders work: they see a fetch from a page and from the service worker', async () => {
    await journal.evaluate(() => fetch('/probe-page').catch(() => null));
    await ext.inWorker((_chrome, url) => fetch(`${url}/probe-worker`).catch(() => null), demo.origin);
    await expect.poll(() => log.requests.filter((u) => u.includes('/probe-')).length).toBe(2);
    expect(routed.filter((u) => u.includes('/probe-'))).toHaveLength(2);
    expect(demo.requests).toEqual(expect.arrayContaining(['/probe-page', '/probe-worker']));
  });

  it('made no request but the demo pages and its own files', () => {
    const outside = (urls: string[]) =>
      urls.filter((u) => !allowed.some((a) => u.startsWith(a)) && !/^(data|blob|chrome):/.test(u));
    expect(outside(log.requests)).toEqual([]);
    expect(outside(routed)).toEqual([]);
    const pages = demo.requests.filter((p) => !p.startsWith('/probe-'));
    expect(
      pages.every((p) => /^\/(journal\.html|journal\.js|frame\.html|demo\.css)/.test(p)),
      pages.join(' '),
    ).toBe(true);
    console.info(
      `requests seen: ${log.requests.length} (page+worker events), ${routed.length} routed, demo server ${demo.requests.length}`,
    );
  });

  it('keeps the canary out of storage.local, storage.session and storage.sync', async () => {
    const areas = await ext.inWorker(async (chrome) => ({
      local: await chrome.storage.local.get(null),
      session: await chrome.storage.session.get(null),
      sync: await chrome.storage.sync.get(null).catch(() => ({})),
    }));
    const text = JSON.stringify(areas);
    // The session area does hold this tab's theme hits: the proof the search below reads real data.
    expect(text).toContain('sex-mot-ersattning');
    expect(text).not.toContain(CANARY);
    expect(text.toLowerCase()).not.toContain('kanarie');
    expect(text).not.toContain('berättar');
    expect(text).not.toContain('Tolvan');
  });

  it('keeps the canary out of every console line of pages, content scripts and the worker', () => {
    const lines = log.console.map((l) => `${l.source} ${l.type}: ${l.text}`);
    expect(lines.filter((l) => l.toLowerCase().includes('kanarie'))).toEqual([]);
    expect(
      [...log.requests, ...routed, ...demo.requests].filter((u) => u.toLowerCase().includes('kanarie')),
    ).toEqual([]);
  });

  it("Chromium's own net-log of the whole browser: every page or extension request went to the demo", async () => {
    await ext.close();
    const { raw, requests } = readNetLog(netlog);
    expect(raw.toLowerCase()).not.toContain('kanarie');
    const host = new URL(demo.origin).host;
    const web = requests.filter((r) => r.fromWeb);
    const browserOwn = [...new Set(requests.filter((r) => !r.fromWeb).map((r) => new URL(r.url).host))];
    console.info(
      `net-log: ${(raw.length / 1024).toFixed(0)} KB, ${requests.length} URL requests; from pages/extension: ${web.length}` +
        ` (hosts: ${[...new Set(web.map((r) => new URL(r.url).host))].join(', ')}); Chromium's own services: ${browserOwn.join(', ') || 'none'}`,
    );
    // The probes prove the classification sees both a page's and the worker's requests.
    expect(
      web.some((r) => r.url.endsWith('/probe-worker') && r.initiator === `chrome-extension://${ext.id}`),
    ).toBe(true);
    expect(web.some((r) => r.url.endsWith('/probe-page'))).toBe(true);
    expect(web.filter((r) => new URL(r.url).host !== host).map((r) => r.url)).toEqual([]);
    // What Chromium itself contacts is not ours, but it must not carry the extension's id either.
    expect(requests.filter((r) => !r.fromWeb && r.url.includes(ext.id)).map((r) => r.url)).toEqual([]);
  });
});

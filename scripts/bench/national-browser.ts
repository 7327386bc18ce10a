/**
 * The Chromium half of national.bench.ts: the generated document, gzip-compressed, from 127.0.0.1
 * with a real managed policy: response → in use in the service worker (its own measurement,
 * IngestSummary in lib/remote/remote-state.ts), storage bytes, and the popup's first results with
 * the national catalogue vs the bundled one, alternating in the same browser.
 */
import type { Page } from 'playwright-core';
import type { IngestReport } from '../../lib/ingest/ingest.ts';
import type { IngestSummary } from '../../lib/remote/remote-catalogue.ts';
import { readStoredCatalogue, removePolicy, writePolicy } from '../../tests/e2e/admin-fixtures.ts';
import { launchExtension } from '../../tests/e2e/harness.ts';
import { startDemoServer } from '../lib/demo-server.ts';
import { otherPages } from './national-pages.ts';
import type { BenchSection } from './types.ts';

/** Quantile, ms, MB and ratio as the bench tables print them. */
export const q = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))] ?? Number.NaN;
export const ms = (n: number) => Number(n.toFixed(1));
export const mb = (n: number) => Number((n / 1e6).toFixed(2));
export const ratio = (a: number, b: number) => Number((a / b).toFixed(2));

const POPUP_RUNS = 15;
const POPUP_QUERY = 'ungdomsmottagning';

/** The longest tasks the popup page ran while it opened, ms (Long Tasks API: 50 ms and more). */
const longTasks: number[] = [];

async function markTime(page: Page, url: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => performance.getEntriesByName('hanvisa:results')[0]?.startTime,
    null,
    { timeout: 30_000 },
  );
  const at = (await handle.jsonValue()) as number;
  // A moment for the work after the first results (the search's second part, the card).
  const longest = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let max = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) max = Math.max(max, e.duration);
        }).observe({ type: 'longtask', buffered: true });
        setTimeout(() => resolve(max), 500);
      }),
  );
  longTasks.push(longest);
  return at;
}

/** The document `gzip` (version `version`, `count` resources) served, taken in, and searched. */
export async function browserSection(
  version: string,
  gzip: Buffer,
  nodeReport: IngestReport,
  count: number,
): Promise<BenchSection> {
  const server = await startDemoServer(0);
  const path = '/intranet/national.json';
  server.routes.push((req, res) => {
    if (!req.url?.startsWith(path)) return false;
    res
      .writeHead(200, {
        'access-control-allow-origin': '*',
        'content-type': 'application/json',
        'content-encoding': 'gzip',
        etag: '"n1"',
      })
      .end(gzip);
    return true;
  });
  const url = `${server.origin}${path}`;
  writePolicy({ homeRegion: '13', catalogueUrl: url });
  const ext = await launchExtension();
  // tsx keeps function names with a helper the worker does not have; the test helpers' code runs there.
  await ext.worker.evaluate('globalThis.__name ??= (f) => f');
  let summary: IngestSummary | null = null;
  let usage: number | null = null;
  const popupNational: number[] = [];
  const popupBundled: number[] = [];
  let inUseS = Number.NaN;
  const nationalTasks: number[] = [];
  const bundledTasks: number[] = [];
  let pages = { options: Number.NaN, panel: Number.NaN };
  try {
    const started = Date.now();
    const readState = () =>
      ext.inWorker(
        async (chrome) => (await chrome.storage.local.get('remoteCatalogueState')).remoteCatalogueState,
      ) as Promise<{ good?: { version?: string } | null } | undefined>;
    // The state, not the store, is polled: reading the catalogue in the worker would be work of its own.
    for (;;) {
      if ((await readState())?.good?.version === version) break;
      if (Date.now() - started > 300_000) throw new Error('not in use within 300 s');
      await new Promise((r) => setTimeout(r, 500));
    }
    inUseS = (Date.now() - started) / 1000;
    const stored = await readStoredCatalogue(ext);
    if (stored.count !== count) throw new Error(`stored ${stored.count} resources, not ${count}`);
    const state = await readState();
    summary = (state as { ingested?: IngestSummary }).ingested ?? null;
    usage = await ext.inWorker(async () => (await navigator.storage.estimate()).usage ?? null);
    const page = await ext.context.newPage();
    const popupUrl = `chrome-extension://${ext.id}/popup.html?q=${POPUP_QUERY}`;
    // The pages choose by the policy mirror: pointing it elsewhere shows the bundled catalogue.
    const use = (target: string | null) =>
      ext.inWorker(async (chrome, u) => {
        const { pagePolicy } = await chrome.storage.local.get('pagePolicy');
        await chrome.storage.local.set({ pagePolicy: { ...pagePolicy, catalogueUrl: u } });
      }, target);
    await use(url);
    await markTime(page, popupUrl);
    await use(null);
    await markTime(page, popupUrl);
    longTasks.length = 0;
    for (let i = 0; i < POPUP_RUNS; i++) {
      await use(url);
      popupNational.push(await markTime(page, popupUrl));
      nationalTasks.push(longTasks.pop() ?? 0);
      await use(null);
      popupBundled.push(await markTime(page, popupUrl));
      bundledTasks.push(longTasks.pop() ?? 0);
    }
    await use(url);
    // What was timed is the national catalogue: a town's entry from it is the popup's first result.
    await page.goto(`chrome-extension://${ext.id}/popup.html?q=ungdomsmottagningen%20halmstad`);
    const first = await page.locator('[role=option] .result-name').first().textContent({ timeout: 20_000 });
    if (first !== 'Ungdomsmottagningen Halmstad') throw new Error(`popup's first result: ${first}`);
    pages = await otherPages(ext, server.origin);
  } finally {
    removePolicy();
    await ext.close();
    await server.close();
  }
  const paired = popupNational.map((t, i) => t / (popupBundled[i] ?? Number.NaN));
  return {
    title: `National catalogue in Chromium: ${count} resources from 127.0.0.1 (gzip, managed policy)`,
    columns: ['measure', 'national', 'bundled / goal'],
    rows: [
      ['browser start → in use (fetch + ingest + store), s', ms(inUseS), ''],
      ['response → in use in the worker, s', summary ? ms(summary.totalMs / 1000) : '–', '≤ 60'],
      [
        'work per stage, ms: parse / validate / hours + search / store',
        summary
          ? `${summary.stages.parse} / ${summary.stages.validate} / ${summary.stages.prepare} / ${summary.stages.store}`
          : '–',
        '',
      ],
      ['longest piece of work in the worker, ms', summary?.longestMs ?? '–', '≤ 50'],
      [
        'longest piece per stage, ms: parse / validate / hours + search / store',
        summary
          ? `${summary.longest.parse} / ${summary.longest.validate} / ${summary.longest.prepare} / ${summary.longest.store}`
          : '–',
        '',
      ],
      ['origin storage in use (navigator.storage.estimate), MB', usage === null ? '–' : mb(usage), ''],
      [
        `popup ?q=${POPUP_QUERY} first results, median ms (p95)`,
        `${ms(q(popupNational, 0.5))} (${ms(q(popupNational, 0.95))})`,
        `${ms(q(popupBundled, 0.5))} (${ms(q(popupBundled, 0.95))}) bundled`,
      ],
      [
        'popup ratio national / bundled (medians)',
        ratio(q(popupNational, 0.5), q(popupBundled, 0.5)),
        '≤ 1.3',
      ],
      ['popup ratio, median of paired runs', Number(q(paired, 0.5).toFixed(2)), '≤ 1.3'],
      [
        'longest task on the popup page while it opens (Long Tasks API), median / max ms',
        `${ms(q(nationalTasks, 0.5))} / ${ms(Math.max(0, ...nationalTasks))}`,
        `${ms(q(bundledTasks, 0.5))} / ${ms(Math.max(0, ...bundledTasks))} bundled; goal ≤ 50`,
      ],
      [
        'longest task on the options page while it opens / on the side panel while it opens and ranks a note, ms',
        `${ms(pages.options)} / ${ms(pages.panel)}`,
        'goal ≤ 50',
      ],
    ],
    notes: [
      `${POPUP_RUNS} alternating runs in one browser: the policy mirror in storage.local is pointed at the national address or at none between runs.`,
      'Popup time = performance mark in the first animation frame after the results rendered, from navigation start.',
      'Long tasks are those of 50 ms or more; 0 means none in the first 500 ms after the results.',
      'Options page: its first 3 s. Side panel (demo journal enabled): from opening until 2 s after the suggestions for a typed note showed.',
    ],
    data: { summary, popupNational, popupBundled, nationalTasks, bundledTasks, pages, node: nodeReport },
  };
}

/**
 * Hostile pages (demo/hostile/) on an enabled site: spoofed messages and events, lying fields,
 * DOM clobbering, replaced built-ins, a mutation storm, a 5 MB / 100,000-node page and 50 frames.
 * The page reader must keep finding the right themes, throw nothing, and not block the page:
 * long tasks after the page's own set-up are measured with and without the extension.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type Extension, launchExtension } from './harness.ts';
import { enableSite, foreignErrors, record } from './security-helpers.ts';

const BASELINE_HOST = 'not-enabled.test';
const SETTLE_MS = 1_500;
/**
 * What this test can assert on a shared machine: that the reader yields. With slicing switched off
 * the 5 MB page was read in one task of 1.8 s here (and fails this test); a slower machine only
 * makes that task longer. The reader's own longest task is 55–140 ms here (injecting the script,
 * the first scans while the code is cold, the garbage collector's marking of a 100,000-node DOM
 * inside a slice), and once 443 ms late in the full suite, where the browser had run twenty pages
 * before it (the same build gave 56–142 ms in four runs of this test alone). The 50 ms goal is
 * measured by `npm run bench content`, not here. The figures are printed for the report.
 */
const MAX_LONG_TASK_MS = 800;
/**
 * The page's own longest task on a 5 MB page is seconds of layout, and varies by a fifth or more
 * between two loads on a shared machine (2.8 s and 4.1 s in two runs): our reader, which works in
 * 8 ms slices, may add no more than this share of it, or MAX_LONG_TASK_MS, whichever is more.
 */
const PAGE_NOISE_SHARE = 0.3;

interface Figures {
  page: string;
  enabledMax: number;
  enabledCount: number;
  baselineMax: number | null;
  baselineCount: number | null;
}

describe('hostile pages on an enabled site', () => {
  let ext: Extension;
  let demo: DemoServer;
  const figures: Figures[] = [];
  let log: ReturnType<typeof record>;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension({ args: [`--host-resolver-rules=MAP ${BASELINE_HOST} 127.0.0.1`] });
    log = record(ext.context);
    await enableSite(ext);
  });
  afterAll(async () => {
    console.info(
      'Long tasks after the page was ready (ms): page | with Hänvisa max/count | without max/count\n' +
        figures
          .map(
            (f) =>
              `${f.page} | ${f.enabledMax}/${f.enabledCount} | ${f.baselineMax ?? '-'}/${f.baselineCount ?? '-'}`,
          )
          .join('\n'),
    );
    await ext?.close();
    await demo?.close();
  });

  async function tabOf(url: string): Promise<number> {
    return ext.inWorker(
      async (chrome, u) => (await chrome.tabs.query({ url: `${u}*` }))[0]?.id,
      url.split('?')[0] ?? url,
    );
  }
  async function themes(tabId: number): Promise<string[]> {
    const hits: { theme: string }[] = await ext.inWorker(async (chrome, id) => {
      const { pageThemes } = await chrome.storage.session.get('pageThemes');
      return pageThemes?.[String(id)]?.hits ?? [];
    }, tabId);
    return hits.map((h) => h.theme);
  }
  async function longTasksAfterReady(page: Page): Promise<{ max: number; count: number }> {
    const root = page.locator('html');
    const readyAt = Number(await root.getAttribute('data-ready-at'));
    const probe = page.locator('meta[name="hanvisa-probe"]');
    const tasks = JSON.parse((await probe.getAttribute('data-long-tasks')) ?? '[]') as [number, number][];
    const after = tasks.filter(([start]) => start >= readyAt).map(([, d]) => d);
    return { max: Math.max(0, ...after), count: after.length };
  }
  /** Opens a hostile page on the enabled host and waits until the expected themes are reported. */
  async function visit(name: string, expected: string[]): Promise<{ page: Page; tabId: number }> {
    const page = await ext.context.newPage();
    const url = `${demo.origin}/hostile/${name}.html?id=${ext.id}`;
    await page.goto(url, { timeout: 30_000 });
    await page.waitForSelector('html[data-ready-at]', { state: 'attached' });
    const tabId = await tabOf(url);
    await expect.poll(() => themes(tabId), { timeout: 12_000 }).toEqual(expect.arrayContaining(expected));
    await page.waitForTimeout(SETTLE_MS);
    return { page, tabId };
  }
  async function measure(name: string, page: Page, baseline: boolean): Promise<void> {
    const enabled = await longTasksAfterReady(page);
    let base: { max: number; count: number } | null = null;
    if (baseline) {
      const other = await ext.context.newPage();
      await other.goto(`http://${BASELINE_HOST}:${new URL(demo.origin).port}/hostile/${name}.html`, {
        timeout: 30_000,
      });
      await other.waitForSelector('html[data-ready-at]', { state: 'attached' });
      await other.waitForTimeout(SETTLE_MS + 1_000);
      expect(await other.locator('html').getAttribute('data-hanvisa')).toBeNull();
      base = await longTasksAfterReady(other);
      await other.close();
    }
    figures.push({
      page: name,
      enabledMax: enabled.max,
      enabledCount: enabled.count,
      baselineMax: base?.max ?? null,
      baselineCount: base?.count ?? null,
    });
    const own = base?.max ?? 0;
    expect(enabled.max, `${name}: longest task after ready`).toBeLessThan(
      own + Math.max(MAX_LONG_TASK_MS, own * PAGE_NOISE_SHARE),
    );
  }

  it('ignores spoofed messages and fake WXT events, and keeps reading', async () => {
    const { page, tabId } = await visit('spoof', ['sex-mot-ersattning']);
    await page.waitForSelector('html[data-spoof-done]', { state: 'attached', timeout: 10_000 });
    expect(await page.locator('#editor').textContent()).not.toContain('INJICERAT');
    expect(await themes(tabId)).not.toContain('hbtqi');
    expect(await page.locator('html').getAttribute('data-hanvisa')).toBe('');
    // Still alive after the attack: new text is read and reported.
    await page.locator('#editor').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Vi pratade också om hbtq och självskada.');
    await expect
      .poll(() => themes(tabId), { timeout: 10_000 })
      .toEqual(expect.arrayContaining(['hbtqi', 'sjalvskada']));
    const sites = await ext.inWorker((chrome) => chrome.scripting.getRegisteredContentScripts());
    expect(sites.map((s: { matches: string[] }) => s.matches)).toEqual([['http://127.0.0.1/*']]);
    await measure('spoof', page, false);
    await page.close();
  });

  it('reads fields whose value getter lies or throws (the page cannot reach the reader)', async () => {
    const { page } = await visit('getter', ['sex-mot-ersattning', 'sjalvskada']);
    await measure('getter', page, true);
    await page.close();
  });

  it('is not fooled by DOM clobbering of document, globals and form fields', async () => {
    const { page } = await visit('clobber', ['sex-mot-ersattning', 'sjalvskada']);
    await measure('clobber', page, false);
    await page.close();
  });

  it('works when the page replaced Array, String, JSON, Promise and EventTarget built-ins', async () => {
    const { page } = await visit('prototypes', ['sex-mot-ersattning']);
    await measure('prototypes', page, false);
    await page.close();
  });

  it('keeps up with a mutation storm without blocking the page', async () => {
    const { page, tabId } = await visit('storm', ['sex-mot-ersattning']);
    const mutations = Number(await page.locator('html').getAttribute('data-mutations'));
    expect(mutations).toBeGreaterThan(1_000);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Ny rad mitt i stormen: hbtq.';
      document.body.appendChild(p);
    });
    await expect.poll(() => themes(tabId), { timeout: 10_000 }).toContain('hbtqi');
    await measure('storm', page, true);
    await page.close();
  });

  it('reads a 5 MB, 100,000-node page to the end without blocking it', async () => {
    const { page } = await visit('huge', ['sex-mot-ersattning']);
    expect(Number(await page.locator('html').getAttribute('data-chars'))).toBeGreaterThanOrEqual(5_000_000);
    expect(Number(await page.locator('html').getAttribute('data-nodes'))).toBeGreaterThanOrEqual(100_000);
    await measure('huge', page, true);
    await page.close();
  });

  it('reads 50 same-origin frames, down to the last one', async () => {
    const { page } = await visit('frames', ['sex-mot-ersattning']);
    await measure('frames', page, true);
    await page.close();
  });

  it('no uncaught error from any of our scripts on any of these pages', () => {
    // Everything the hostile pages throw on purpose says "fientlig".
    expect(foreignErrors(log, /fientlig/)).toEqual([]);
  });
});

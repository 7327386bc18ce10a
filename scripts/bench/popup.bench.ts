/**
 * The popup's start: JS bytes popup.html loads (raw and gzip), and navigation start → first
 * results painted in headless Chromium (performance mark in the frame that shows them), beside a
 * plain-DOM page that fetches the same catalogue.json and renders the same list, in the same run.
 * Needs a build: `npx wxt build` (or HANVISA_OUT_DIR=… for another output folder).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension } from '../../tests/e2e/harness.ts';
import { heavyLibraries, popupScripts } from './popup-bytes.ts';
import type { BenchSection } from './types.ts';

const RUNS = 20;
const QUERY = 'kvinofrid';
const GOAL_GZIP = 30 * 1024;

/** Same list, no framework, no search: fetch, parse, pick the ids, build the DOM, mark. */
const PLAIN_PAGE = `<!doctype html><html lang="sv"><meta charset="utf-8"><title>plain</title>
<body><input value="${QUERY}"><ul id="list"></ul><script type="module">
const ids = new URLSearchParams(location.search).get('ids').split(',');
const catalogue = await (await fetch('/catalogue.json')).json();
const byId = new Map(catalogue.resources.map((r) => [r.id, r]));
const list = document.getElementById('list');
for (const id of ids) {
  const r = byId.get(id); if (!r) continue;
  const li = document.createElement('li'); li.setAttribute('role', 'option');
  const b = document.createElement('b'); b.textContent = r.name;
  const s = document.createElement('span'); s.textContent = r.organisation;
  li.append(b, ' ', s); list.append(li);
}
requestAnimationFrame(() => performance.mark('plain:results'));
</script>`;

function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/catalogue.json')) {
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(readFileSync(join(dir, 'catalogue.json')));
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PLAIN_PAGE);
    }
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

/** Milliseconds from navigation start to the named mark (waits for it). */
async function markTime(page: Page, url: string, mark: string): Promise<number> {
  await page.goto(url);
  const handle = await page.waitForFunction(
    (name) => performance.getEntriesByName(name)[0]?.startTime,
    mark,
    {
      timeout: 10_000,
    },
  );
  return (await handle.jsonValue()) as number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const p95 = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? Number.NaN;
const kb = (n: number) => Number((n / 1024).toFixed(1));
const ms = (n: number) => Number(n.toFixed(1));

export default async function run(): Promise<BenchSection> {
  const bytes = popupScripts(EXTENSION_DIR);
  const eager = bytes.chunks.filter((c) => !c.lazy);
  const raw = eager.reduce((s, c) => s + c.raw, 0);
  const gzip = eager.reduce((s, c) => s + c.gzip, 0);
  const heavy = heavyLibraries(
    EXTENSION_DIR,
    eager.map((c) => c.file),
  );

  const ext = await launchExtension();
  const server = await serve(EXTENSION_DIR);
  const popupTimes: number[] = [];
  const plainTimes: number[] = [];
  let count = 0;
  let loaded: string[] = [];
  try {
    const page = await ext.context.newPage();
    const popupUrl = `chrome-extension://${ext.id}/popup.html?q=${QUERY}`;
    const fetched = new Set<string>();
    page.on('response', (r) => {
      const url = new URL(r.url());
      if (url.protocol === 'chrome-extension:' && url.pathname.endsWith('.js'))
        fetched.add(url.pathname.slice(1));
    });
    await markTime(page, popupUrl, 'hanvisa:results'); // warm-up, and the list to copy
    await page.locator('.card h2').waitFor(); // the card chunk follows the first results
    loaded = [...fetched];
    const ids = await page.$$eval('[role=option]', (els) => els.map((e) => e.id.replace(/^popup-opt-/, '')));
    count = ids.length;
    const plainUrl = `${server.url}?ids=${ids.join(',')}`;
    await markTime(page, plainUrl, 'plain:results');
    // Alternate the two pages so that machine noise falls on both alike.
    for (let i = 0; i < RUNS; i++) {
      popupTimes.push(await markTime(page, popupUrl, 'hanvisa:results'));
      plainTimes.push(await markTime(page, plainUrl, 'plain:results'));
    }
  } finally {
    server.close();
    await ext.close();
  }
  const ratio = median(popupTimes) / median(plainTimes);
  // Each popup run beside the plain run right after it: a busy moment of the shared machine slows both.
  const pairedRatio = median(popupTimes.map((t, i) => t / (plainTimes[i] ?? Number.NaN)));
  const openGzip = bytes.chunks
    .filter((c) => !c.lazy || loaded.includes(c.file))
    .reduce((s, c) => s + c.gzip, 0);
  return {
    title: 'Popup start: JS loaded by popup.html, and navigation → first results painted',
    columns: ['measure', 'value', 'goal'],
    rows: [
      ['JS before first results (popup.html imports), raw KB', kb(raw), ''],
      ['JS before first results, gzip KB (sum of files)', kb(gzip), '≤ 30'],
      ['JS loaded by an open popup with a card, gzip KB', kb(openGzip), '≤ 30'],
      ...bytes.chunks.map((c) => [
        `  ${c.file}${!c.lazy ? '' : loaded.includes(c.file) ? ' (after first results)' : ' (on demand)'}`,
        `${kb(c.raw)} raw / ${kb(c.gzip)} gz`,
        '',
      ]),
      ['zod / opening_hours in popup JS', heavy.length === 0 ? 'none' : heavy.join('; '), 'none'],
      [
        `popup ?q=${QUERY}: ${count} results, median ms (p95)`,
        `${ms(median(popupTimes))} (${ms(p95(popupTimes))})`,
        '',
      ],
      [
        'plain-DOM page, same list, median ms (p95)',
        `${ms(median(plainTimes))} (${ms(p95(plainTimes))})`,
        '',
      ],
      ['ratio popup / plain', Number(ratio.toFixed(2)), '≤ 1.3'],
      [`median of the ${RUNS} paired ratios (less sensitive to load)`, Number(pairedRatio.toFixed(2)), ''],
    ],
    notes: [
      `Median of ${RUNS} alternating runs in headless Chromium; time = performance mark in the first animation frame after the results were rendered, from navigation start.`,
      'The plain page fetches the same catalogue.json over 127.0.0.1 and renders the same ids without Preact, search or storage.',
      `Goal met: bytes loaded by popup.html ${gzip <= GOAL_GZIP ? 'yes' : 'no'}, bytes with a card open ${openGzip <= GOAL_GZIP ? 'yes' : 'no'}, time ${ratio <= 1.3 ? 'yes' : 'no'}.`,
    ],
    data: { chunks: bytes.chunks, loaded, popupTimes, plainTimes },
  };
}

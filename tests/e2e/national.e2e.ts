/**
 * A national catalogue in Chromium: a generated document well above the old 2 MB limit, served
 * gzip-compressed with an ETag from 127.0.0.1 and set by a real managed policy, is taken into use
 * (in pieces, in the service worker, into IndexedDB); the popup finds a town's entry in it; and
 * while a newer document is being taken into use, or when one is broken, the last good one stays.
 * The full 10,000-entry size runs in `npm run bench` (scripts/bench/national.bench.ts).
 */
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../data/schema.ts';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { nationalDocument } from '../../scripts/national-document.ts';
import { readStoredCatalogue, removePolicy, writePolicy } from './admin-fixtures.ts';
import { type ChromeApi, type Extension, launchExtension } from './harness.ts';

const COUNT = 2_500;
const V1 = '2099-01-01.1';
const V2 = '2099-02-01.1';
const PATH = '/intranet/national.json';

type Mode = 'v1' | 'v2' | 'broken';

function body(version: string): Buffer {
  return Buffer.from(JSON.stringify(nationalDocument({ count: COUNT, version })));
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms: number): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('a national catalogue from the intranet', () => {
  let ext: Extension;
  let server: DemoServer;
  let mode: Mode = 'v1';
  const encodings: (string | undefined)[] = [];
  const plain = { v1: body(V1), v2: body(V2) };
  const gzip = { v1: gzipSync(plain.v1), v2: gzipSync(plain.v2) };

  const remoteState = () =>
    ext.inWorker(
      async (chrome) => (await chrome.storage.local.get('remoteCatalogueState')).remoteCatalogueState,
    );

  beforeAll(async () => {
    expect(plain.v1.byteLength).toBeGreaterThan(2 * 1024 * 1024);
    server = await startDemoServer(0);
    server.routes.push((req, res) => {
      if (!req.url?.startsWith(PATH)) return false;
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'If-None-Match',
        'access-control-expose-headers': 'ETag',
      };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, cors).end();
        return true;
      }
      encodings.push(req.headers['accept-encoding'] as string | undefined);
      const json = { ...cors, 'content-type': 'application/json', 'content-encoding': 'gzip' };
      if (mode === 'broken') {
        // A transfer cut off half-way: valid gzip of half a document.
        res
          .writeHead(200, { ...json, etag: '"broken"' })
          .end(gzipSync(plain.v2.subarray(0, plain.v2.length / 2)));
      } else if (req.headers['if-none-match'] === `"${mode}"`) res.writeHead(304, cors).end();
      else res.writeHead(200, { ...json, etag: `"${mode}"` }).end(gzip[mode]);
      return true;
    });
    writePolicy({ homeRegion: '13', catalogueUrl: `${server.origin}${PATH}`, refreshMinutes: 60 });
    ext = await launchExtension();
  }, 60_000);
  afterAll(async () => {
    removePolicy();
    await ext?.close();
    await server?.close();
  });

  it('takes a compressed document above the old 2 MB limit into use', async () => {
    const stored = await waitFor(
      () => readStoredCatalogue(ext),
      (s) => s.version === V1,
      150_000,
    );
    expect(stored).toMatchObject({ version: V1, count: COUNT });
    expect((await remoteState()).error).toBeNull();
    expect((await remoteState()).ingesting ?? null).toBeNull();
    // The browser asked for a compressed answer and undid it itself.
    expect(encodings[0]).toMatch(/gzip/);
  }, 180_000);

  it('finds a town’s entry in the popup, and reads its details when its card opens', async () => {
    const popup = await ext.open('popup', '?q=ungdomsmottagningen%20halmstad');
    const first = popup.locator('[role=option]').first();
    await expect(first.locator('.result-name').textContent({ timeout: 20_000 })).resolves.toBe(
      'Ungdomsmottagningen Halmstad',
    );
    // The number is in the entry's details, not in the index the popup opened with.
    const entry = (JSON.parse(plain.v1.toString()) as { resources: Resource[] }).resources.find(
      (r) => r.name === 'Ungdomsmottagningen Halmstad',
    );
    const phone = entry?.channels.find((c) => c.type === 'phone' && c.number !== 'unknown');
    expect(phone?.type === 'phone' && phone.number).toBeTruthy();
    const number = phone?.type === 'phone' ? phone.number : '';
    await expect(
      popup.locator('.active-glance .phone').first().textContent({ timeout: 20_000 }),
    ).resolves.toContain(number);
    await expect(popup.locator('.card h2').textContent({ timeout: 20_000 })).resolves.toBe(
      'Ungdomsmottagningen Halmstad',
    );
    expect(await popup.locator('.card').textContent()).toContain(entry?.purpose ?? '');
    await popup.close();
  }, 60_000);

  it('keeps the last good catalogue while a newer one is taken into use, then switches', async () => {
    mode = 'v2';
    const options = await ext.open('options');
    void options.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        type: 'ui:catalogue-refresh',
        payload: {},
      }),
    );
    const during = await waitFor(remoteState, (s) => Boolean(s?.ingesting), 30_000);
    expect(during.ingesting).toMatchObject({ url: `${server.origin}${PATH}` });
    // Mid-way: the store still holds the old one whole, and the options page says what happens.
    expect((await readStoredCatalogue(ext)).version).toBe(V1);
    await expect(
      options.locator('[data-field="ingesting"]').textContent({ timeout: 10_000 }),
    ).resolves.toContain('tas i bruk');
    const after = await waitFor(
      () => readStoredCatalogue(ext),
      (s) => s.version === V2,
      150_000,
    );
    expect(after.version).toBe(V2);
    await options.close();
  }, 200_000);

  it('keeps the last good catalogue when a document arrives broken', async () => {
    mode = 'broken';
    const options = await ext.open('options');
    const answer = await options.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        type: 'ui:catalogue-refresh',
        payload: {},
      }),
    );
    expect(answer).toMatchObject({ ok: true, value: { error: { code: 'json' }, good: { version: V2 } } });
    expect((await readStoredCatalogue(ext)).version).toBe(V2);
    await options.close();
  }, 120_000);
});

/**
 * The signed catalogue in Chromium: a real managed policy lists the publisher's public keys, the
 * intranet server (127.0.0.1) serves signed documents, and the test changes one number after
 * signing, drops the signature, and rotates to a new key.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, keyIdOf, signDocument, toBase64 } from '../../lib/catalogue/signature.ts';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import {
  catalogueDocument,
  readStoredCatalogue,
  reloadPolicies,
  removePolicy,
  writePolicy,
} from './admin-fixtures.ts';
import { type ChromeApi, type Extension, launchExtension } from './harness.ts';

const GOOD = '2099-01-01.1';
const TAMPERED = '2099-02-01.1';
const ROTATED = '2099-03-01.1';
const PATH = '/intranet/hanvisa/signed-catalogue.json';

interface Signer {
  keyId: string;
  privateKey: CryptoKey;
  policyLine: string;
}

async function newSigner(): Promise<Signer> {
  const pair = await generateKeyPair();
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { keyId: await keyIdOf(spki), privateKey: pair.privateKey, policyLine: toBase64(spki) };
}

/** The document as `catalogue build` writes it: pretty JSON with a final newline. */
const pretty = (version: string) => `${JSON.stringify(JSON.parse(catalogueDocument(version)), null, 2)}\n`;

/** The version in the catalogue store (IndexedDB) and the refresh state. */
async function state(ext: Extension) {
  const stored = await readStoredCatalogue(ext);
  const remote = await ext.inWorker(
    async (chrome) => (await chrome.storage.local.get('remoteCatalogueState')).remoteCatalogueState ?? null,
  );
  return { version: stored.version, state: remote };
}

async function waitFor<T>(read: () => Promise<T>, ok: (value: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (ok(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('with catalogueKeys in the managed policy', () => {
  let ext: Extension;
  let server: DemoServer;
  let options: Page;
  let publisher: Signer;
  let successor: Signer;
  /** What the server sends now; the test swaps it. */
  let body = '';
  let etag = '';
  const serve = (text: string) => {
    body = text;
    etag = `"${Date.now()}-${Math.random()}"`;
  };
  const refresh = () =>
    options.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.sendMessage({
        type: 'ui:catalogue-refresh',
        payload: {},
      }),
    );
  const policy = (keys: Signer[]) => ({
    homeRegion: '13',
    catalogueUrl: `${server.origin}${PATH}`,
    catalogueKeys: keys.map((k) => k.policyLine),
  });

  beforeAll(async () => {
    [publisher, successor] = await Promise.all([newSigner(), newSigner()]);
    server = await startDemoServer(0);
    server.routes.push((req: IncomingMessage, res: ServerResponse) => {
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
      if (req.headers['if-none-match'] === etag) res.writeHead(304, cors).end();
      else res.writeHead(200, { ...cors, 'content-type': 'application/json', etag }).end(body);
      return true;
    });
    serve(await signDocument(pretty(GOOD), publisher.privateKey, publisher.keyId));
    writePolicy(policy([publisher]));
    ext = await launchExtension();
    await waitFor(
      () => state(ext),
      (s) => s.version === GOOD,
    );
    options = await ext.open('options');
  });
  afterAll(async () => {
    removePolicy();
    await ext?.close();
    await server?.close();
  });

  it('takes a signed document into use and records the key that signed it', async () => {
    const { version, state: s } = await state(ext);
    expect(version).toBe(GOOD);
    expect(s).toMatchObject({ error: null, good: { version: GOOD, signedBy: publisher.keyId } });
    await options.locator('[data-field="version"]', { hasText: GOOD }).waitFor({ timeout: 10_000 });
  });

  it('refuses a newer document with one number changed after signing, keeps the last good one and says why', async () => {
    const signed = await signDocument(pretty(TAMPERED), publisher.privateKey, publisher.keyId);
    const number = /"number": "(\d[\d -]+\d)"/.exec(signed)?.[1] ?? '';
    expect(number).not.toBe('');
    serve(signed.replace(number, `${number.slice(0, -1)}${(Number(number.at(-1)) + 1) % 10}`));
    expect(await refresh()).toMatchObject({ ok: true, value: { error: { code: 'signature' } } });
    expect((await state(ext)).version).toBe(GOOD);
    await options.reload();
    const error = options.locator('[data-field="error"]');
    await expect(error.textContent()).resolves.toContain('Underskriften stämmer inte');
    await expect(error.textContent()).resolves.toContain('senast hämtade katalogen används');
    // The error and the version are rendered from separate reads of storage: wait for the version.
    await options.locator('[data-field="version"]', { hasText: GOOD }).waitFor({ timeout: 10_000 });
  });

  it('refuses the same document unsigned', async () => {
    serve(pretty(TAMPERED));
    expect(await refresh()).toMatchObject({ ok: true, value: { error: { code: 'unsigned' } } });
    expect((await state(ext)).version).toBe(GOOD);
  });

  it('rotates: with both keys in the policy a document by the new key is taken in', async () => {
    writePolicy(policy([publisher, successor]));
    await reloadPolicies(ext.context);
    await waitFor(
      () => ext.inWorker(async (chrome) => ((await chrome.storage.managed.get()).catalogueKeys ?? []).length),
      (n) => n === 2,
    );
    serve(await signDocument(pretty(ROTATED), successor.privateKey, successor.keyId));
    const after = await waitFor(
      () => refresh(),
      (r) => (r as { value?: { good?: { version?: string } } }).value?.good?.version === ROTATED,
    );
    expect(after).toMatchObject({
      value: { error: null, good: { version: ROTATED, signedBy: successor.keyId } },
    });
    expect((await state(ext)).version).toBe(ROTATED);
  });

  it('after the old key is removed, a document it signed is refused as an unknown key', async () => {
    writePolicy(policy([successor]));
    await reloadPolicies(ext.context);
    await waitFor(
      () => ext.inWorker(async (chrome) => ((await chrome.storage.managed.get()).catalogueKeys ?? []).length),
      (n) => n === 1,
    );
    serve(await signDocument(pretty('2099-04-01.1'), publisher.privateKey, publisher.keyId));
    expect(await refresh()).toMatchObject({ ok: true, value: { error: { code: 'unknown-key' } } });
    expect((await state(ext)).version).toBe(ROTATED);
    await options.reload();
    await expect(options.locator('[data-field="error"]').textContent()).resolves.toContain(
      'nyckel som din organisation inte har godkänt',
    );
  });

  it('a copy signed by a key the policy no longer lists is dropped at once for the bundled catalogue', async () => {
    serve(pretty('2099-05-01.1'));
    writePolicy(policy([publisher]));
    await reloadPolicies(ext.context);
    // The policy change alone triggers the check: the copy by the removed key goes, the unsigned
    // document is refused, and nothing remote is in use until a document the policy trusts arrives.
    const after = await waitFor(
      () => state(ext),
      (s) => s.version === null && s.state?.error?.code === 'unsigned',
    );
    expect(after).toMatchObject({ version: null, state: { good: null, error: { code: 'unsigned' } } });
    await options.reload();
    await expect(options.locator('[data-field="source"]').textContent()).resolves.toBe('Inbyggd i tillägget');
    await expect(options.locator('[data-field="error"]').textContent()).resolves.toContain(
      'inbyggda katalogen används',
    );
  });
});

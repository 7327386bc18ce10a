/**
 * The signed catalogue in Firefox: the same WebCrypto check (ECDSA P-256) in Firefox's background,
 * with policies.json listing the publisher's key and a catalogue served from 127.0.0.1.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair, keyIdOf, signDocument, toBase64 } from '../../lib/catalogue/signature.ts';
import { GECKO_ID } from '../../lib/extension/extension-id.ts';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { catalogueDocument, readStoredCatalogue } from '../e2e/admin-fixtures.ts';
import { type FirefoxExtension, launchFirefox } from './harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: the real WebExtension API object inside the page
type Api = any;

const GOOD = '2099-01-01.1';
const PATH = '/intranet/hanvisa/signed.json';

describe('a signed remote catalogue in Firefox', () => {
  let ff: FirefoxExtension;
  let dir: string;
  let server: DemoServer;
  let page: Page;
  let keyId: string;
  let privateKey: CryptoKey;
  let body = '';
  const inPage = <T>(fn: () => Promise<T>) => page.evaluate(fn) as Promise<T>;
  /** The version in the catalogue store (IndexedDB, read in the extension page) and its key. */
  const stored = async () => {
    const { version } = await readStoredCatalogue({
      inWorker: <T>(fn: (chrome: unknown) => T | Promise<T>) =>
        page.evaluate(fn as () => T | Promise<T>) as Promise<T>,
    });
    const signedBy = await inPage(async () => {
      const api = (globalThis as unknown as { browser: Api }).browser;
      const all = await api.storage.local.get('remoteCatalogueState');
      return (all.remoteCatalogueState?.good?.signedBy ?? null) as string | null;
    });
    return { version, signedBy };
  };

  beforeAll(async () => {
    const pair = await generateKeyPair();
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
    keyId = await keyIdOf(spki);
    privateKey = pair.privateKey;
    body = await signDocument(`${catalogueDocument(GOOD)}\n`, privateKey, keyId);
    server = await startDemoServer(0);
    server.routes.push((req, res) => {
      if (!req.url?.startsWith(PATH)) return false;
      const cors = {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': 'If-None-Match',
      };
      if (req.method === 'OPTIONS') res.writeHead(204, cors).end();
      else res.writeHead(200, { ...cors, 'content-type': 'application/json' }).end(body);
      return true;
    });
    dir = mkdtempSync(join(tmpdir(), 'hanvisa-ff-signed-'));
    const file = join(dir, 'policies.json');
    const settings = { catalogueUrl: `${server.origin}${PATH}`, catalogueKeys: [toBase64(spki)] };
    writeFileSync(
      file,
      JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } }),
    );
    ff = await launchFirefox(
      {
        'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
        'browser.policies.alternatePath': file,
      },
      { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    );
    page = await ff.open('options');
  });
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('verifies and takes the signed document into use', async () => {
    const until = Date.now() + 20_000;
    let now = await stored();
    while (now.version !== GOOD && Date.now() < until) {
      await new Promise((r) => setTimeout(r, 300));
      now = await stored();
    }
    expect(now).toEqual({ version: GOOD, signedBy: keyId });
  });

  it('refuses a newer document changed after signing and keeps the good one', async () => {
    const signed = await signDocument(`${catalogueDocument('2099-02-01.1')}\n`, privateKey, keyId);
    body = signed.replace('"version":"2099-02-01.1"', '"version":"2099-02-01.2"');
    expect(body).not.toBe(signed);
    const reply = await inPage(() =>
      (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({
        type: 'ui:catalogue-refresh',
        payload: {},
      }),
    );
    expect(reply).toMatchObject({ ok: true, value: { error: { code: 'signature' } } });
    expect((await stored()).version).toBe(GOOD);
  });
});

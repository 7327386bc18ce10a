/**
 * The signed catalogue (lib/catalogue/signature.ts) as the service worker meets it: a good
 * signature, a changed number, an unsigned or re-laid-out document, a key the policy does not
 * list, and a publisher rotating from one key to the next.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../data/catalogue-schema.ts';
import {
  checkSignature,
  generateKeyPair,
  importTrustedKeys,
  keyIdOf,
  signDocument,
  type TrustedKey,
  toBase64,
  unwrap,
  verifyOutcome,
} from '../../../lib/catalogue/signature.ts';
import { validateDocument } from '../../../lib/catalogue/validate.ts';
import { applyOutcome, INITIAL_STATE, trustedUnder } from '../../../lib/remote/remote-catalogue.ts';
import { describeRefreshError } from '../../../lib/remote/remote-catalogue-text.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

interface Signer {
  keyId: string;
  privateKey: CryptoKey;
  /** The line an administrator puts in the policy */
  policyLine: string;
}

async function newSigner(): Promise<Signer> {
  const pair = await generateKeyPair();
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  return { keyId: await keyIdOf(spki), privateKey: pair.privateKey, policyLine: toBase64(spki) };
}

async function trust(...signers: Signer[]): Promise<TrustedKey[]> {
  const { keys, problems } = await importTrustedKeys(signers.map((s) => s.policyLine));
  expect(problems).toEqual([]);
  return keys;
}

function documentText(version: string): string {
  const result = readCatalogue();
  if (!result.ok) throw new Error('data/ does not validate');
  return `${JSON.stringify({ ...result.catalogue, version } satisfies Catalogue, null, 2)}\n`;
}

/** The first phone number of the document and the same number with its last digit changed. */
function aNumber(text: string): [string, string] {
  const number = /"number": "(\d[\d -]+\d)"/.exec(text)?.[1];
  if (!number) throw new Error('no phone number in the catalogue');
  const last = Number(number.at(-1));
  return [number, `${number.slice(0, -1)}${(last + 1) % 10}`];
}

let publisher: Signer;
let next: Signer;
let stranger: Signer;
let text: string;
let signed: string;

beforeAll(async () => {
  [publisher, next, stranger] = await Promise.all([newSigner(), newSigner(), newSigner()]);
  text = documentText('2099-01-01.1');
  signed = await signDocument(text, publisher.privateKey, publisher.keyId);
});

describe('the envelope', () => {
  it('carries the document bytes as published, and is plain JSON for any other tool', () => {
    const unwrapped = unwrap(signed);
    expect(unwrapped).toMatchObject({ kind: 'signed', text, keyId: publisher.keyId });
    const whole = JSON.parse(signed) as { format: string; document: unknown };
    expect(whole.format).toBe('hanvisa-signed/1');
    expect(whole.document).toEqual(JSON.parse(text));
  });

  it('reads a plain document as plain', () => {
    expect(unwrap(text)).toEqual({ kind: 'plain', text });
  });

  it.each([
    ['re-indented', (s: string) => JSON.stringify(JSON.parse(s), null, 2)],
    [
      'keys reordered',
      (s: string) =>
        s.replace(
          /^\{"format":"hanvisa-signed\/1","keyId":("[0-9a-f]+"),/,
          '{"keyId":$1,"format":"hanvisa-signed/1",',
        ),
    ],
    ['trailing text', (s: string) => `${s}\n`],
    ['cut short', (s: string) => s.slice(0, -10)],
  ])('refuses an envelope that is not the exact layout (%s), with or without keys', async (_name, change) => {
    const body = change(signed);
    expect(body).not.toBe(signed);
    expect(unwrap(body).kind).toBe('malformed');
    await expect(checkSignature(body, await trust(publisher))).resolves.toMatchObject({
      ok: false,
      code: 'signature',
    });
    await expect(checkSignature(body, null)).resolves.toMatchObject({ ok: false, code: 'signature' });
  });
});

// Deep equality of the whole document's bytes takes seconds on a loaded 2-core machine.
describe('checkSignature', { timeout: 30_000 }, () => {
  it('accepts the signed document and names the key that signed it', async () => {
    const check = await checkSignature(signed, await trust(publisher));
    // The document's own bytes, exactly as they were published inside the envelope.
    expect(check).toEqual({ ok: true, body: utf8(text), signedBy: publisher.keyId });
    expect(validateDocument(JSON.parse(check.ok ? decode(check.body) : 'null'), 'signed').ok).toBe(true);
  });

  it('refuses a document whose phone number was changed after signing', async () => {
    const [number, other] = aNumber(signed);
    const tampered = signed.replace(number, other);
    expect(tampered).not.toBe(signed);
    await expect(checkSignature(tampered, await trust(publisher))).resolves.toEqual({
      ok: false,
      code: 'signature',
      detail: `the signature by key ${publisher.keyId} does not match`,
    });
  });

  it('refuses a changed byte anywhere, even one JSON would not notice (a space)', async () => {
    const tampered = signed.replace('"format": "hanvisa-catalogue/1"', '"format":  "hanvisa-catalogue/1"');
    expect(tampered).not.toBe(signed);
    await expect(checkSignature(tampered, await trust(publisher))).resolves.toMatchObject({
      code: 'signature',
    });
  });

  it('refuses an unsigned document when keys are set, and takes it when none are', async () => {
    await expect(checkSignature(text, await trust(publisher))).resolves.toMatchObject({
      ok: false,
      code: 'unsigned',
    });
    await expect(checkSignature(text, null)).resolves.toEqual({ ok: true, body: utf8(text), signedBy: null });
  });

  it('with keys set to an empty list (a broken policy value), refuses everything', async () => {
    await expect(checkSignature(signed, [])).resolves.toMatchObject({ ok: false, code: 'unknown-key' });
    await expect(checkSignature(text, [])).resolves.toMatchObject({ ok: false, code: 'unsigned' });
  });

  it('unwraps a signed document without checking when no keys are set (behaves as before)', async () => {
    await expect(checkSignature(signed, null)).resolves.toEqual({
      ok: true,
      body: utf8(text),
      signedBy: null,
    });
  });

  it('refuses a document signed with a key the policy does not list', async () => {
    const foreign = await signDocument(text, stranger.privateKey, stranger.keyId);
    const check = await checkSignature(foreign, await trust(publisher));
    expect(check).toMatchObject({ ok: false, code: 'unknown-key' });
    expect(check.ok ? '' : check.detail).toContain(stranger.keyId);
  });

  it('refuses a signature by another key that claims a listed key id', async () => {
    const forged = await signDocument(text, stranger.privateKey, publisher.keyId);
    await expect(checkSignature(forged, await trust(publisher))).resolves.toMatchObject({
      ok: false,
      code: 'signature',
    });
  });

  it('rotation: with both keys listed, documents of either verify; after the old key is removed, its documents do not', async () => {
    const byNext = await signDocument(text, next.privateKey, next.keyId);
    const both = await trust(publisher, next);
    await expect(checkSignature(signed, both)).resolves.toMatchObject({
      ok: true,
      signedBy: publisher.keyId,
    });
    await expect(checkSignature(byNext, both)).resolves.toMatchObject({ ok: true, signedBy: next.keyId });
    const onlyNext = await trust(next);
    await expect(checkSignature(byNext, onlyNext)).resolves.toMatchObject({ ok: true });
    await expect(checkSignature(signed, onlyNext)).resolves.toMatchObject({ ok: false, code: 'unknown-key' });
  });
});

describe('importTrustedKeys', () => {
  it('reports a malformed key instead of trusting it, and keeps the good ones', async () => {
    const pointOffCurve = `${publisher.policyLine.slice(0, 40)}${'A'.repeat(84)}==`;
    const { keys, problems } = await importTrustedKeys(['not a key', pointOffCurve, publisher.policyLine]);
    expect(keys.map((k) => k.keyId)).toEqual([publisher.keyId]);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('key 1');
  });
});

describe('in the refresh (verifyOutcome + applyOutcome)', { timeout: 30_000 }, () => {
  const URL = 'https://intra.example.se/catalogue.json';
  const validate = (data: unknown) => validateDocument(data, 'remote');
  const t0 = new Date('2026-11-28T10:00:00Z');
  const t1 = new Date('2026-11-28T11:00:00Z');

  it('takes a signed document into use, records its key, and keeps it when a tampered one follows', async () => {
    const keys = await trust(publisher);
    const first = applyOutcome(
      INITIAL_STATE,
      URL,
      await verifyOutcome({ kind: 'body', body: utf8(signed), etag: '"a"' }, keys),
      t0,
      validate,
    );
    expect(first.swap?.version).toBe('2099-01-01.1');
    expect(first.state.good?.signedBy).toBe(publisher.keyId);

    const newer = await signDocument(documentText('2099-02-01.1'), publisher.privateKey, publisher.keyId);
    const [number, other] = aNumber(newer);
    const outcome = await verifyOutcome(
      { kind: 'body', body: utf8(newer.replace(number, other)), etag: '"b"' },
      keys,
    );
    expect(outcome).toMatchObject({ kind: 'refused', code: 'signature' });
    const second = applyOutcome(first.state, URL, outcome, t1, validate);
    expect(second.swap).toBeNull();
    expect(second.state.good).toEqual(first.state.good);
    expect(second.state.error).toMatchObject({ code: 'signature' });
    const said = describeRefreshError(second.state.error ?? { code: 'http', detail: '', at: '' }, true);
    expect(said).toContain('Underskriften stämmer inte');
    expect(said).toContain('senast hämtade katalogen används');
  });

  it('says in Swedish why an unsigned document or an unknown key was refused', async () => {
    const keys = await trust(publisher);
    for (const [body, words] of [
      [text, 'inte underskriven'],
      [await signDocument(text, stranger.privateKey, stranger.keyId), 'inte har godkänt'],
    ] as const) {
      const step = applyOutcome(
        INITIAL_STATE,
        URL,
        await verifyOutcome({ kind: 'body', body: utf8(body), etag: null }, keys),
        t0,
        validate,
      );
      expect(step.swap).toBeNull();
      expect(describeRefreshError(step.state.error ?? { code: 'http', detail: '', at: '' }, false)).toContain(
        words,
      );
    }
  });

  it('trusts a stored copy only when a key of the policy verified it', async () => {
    const good = { url: URL, version: '1', etag: null, fetchedAt: '', checkedAt: '' };
    expect(trustedUnder(good, null)).toBe(true);
    expect(trustedUnder(null, null)).toBe(true);
    expect(trustedUnder(good, [publisher.keyId])).toBe(false);
    expect(trustedUnder({ ...good, signedBy: null }, [publisher.keyId])).toBe(false);
    expect(trustedUnder({ ...good, signedBy: publisher.keyId }, [publisher.keyId, next.keyId])).toBe(true);
    expect(trustedUnder({ ...good, signedBy: publisher.keyId }, [next.keyId])).toBe(false);
    expect(trustedUnder({ ...good, signedBy: publisher.keyId }, [])).toBe(false);
  });
});

/**
 * The signed catalogue document: ECDSA P-256 with SHA-256 over the exact bytes of the document,
 * carried in a fixed envelope (docs/ADMIN.md, "Signing"; docs/SECURITY.md). WebCrypto only, so the
 * same code signs in the catalogue CLI (Node) and verifies in the service worker.
 *
 * The envelope is one line of fixed layout, then the document's bytes as published, then "}":
 *
 *   {"format":"hanvisa-signed/1","keyId":"<16 hex>","signature":"<base64, 64 bytes>","document":<bytes>}
 *
 * The signature covers SIGNING_CONTEXT followed by those bytes (UTF-8), nothing else: no JSON is
 * re-serialised, so there is no canonical form to disagree about, and the bytes checked are the
 * bytes parsed. The whole file is still plain JSON for any other tool.
 */
import { PUBLIC_KEY_PATTERN } from '../../data/policy-schema.ts';
import { runSliced, type Sliced } from '../ingest/slices.ts';
import type { FetchOutcome } from '../remote/remote-catalogue.ts';
import { fromBase64, SIGNED_FORMAT, toBase64, unwrapBytes } from './envelope.ts';

export { fromBase64, SIGNED_FORMAT, toBase64, type Unwrapped, unwrap } from './envelope.ts';
/** Domain separation: a signature over a catalogue cannot be mistaken for one over anything else. */
export const SIGNING_CONTEXT = 'hanvisa-catalogue-signature/1\n';
const KEY_ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN_ALGORITHM = { name: 'ECDSA', hash: 'SHA-256' } as const;

export type SignatureProblem = 'unsigned' | 'unknown-key' | 'signature';

export interface TrustedKey {
  keyId: string;
  key: CryptoKey;
}

export type SignatureCheck =
  | { ok: true; body: Uint8Array; signedBy: string | null }
  | { ok: false; code: SignatureProblem; detail: string };

const subtle = () => globalThis.crypto.subtle;

function signedBytes(documentText: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(SIGNING_CONTEXT + documentText);
}

/** Bytes copied per piece: a national document is 16 MB, a copy of tens of ms on a busy machine. */
export const COPY_BYTES = 1 << 20;

/** The bytes a signature covers (SIGNING_CONTEXT, then the document's), put together in pieces. */
export function* signedBytesSteps(document: Uint8Array): Sliced<Uint8Array<ArrayBuffer>> {
  const context = new TextEncoder().encode(SIGNING_CONTEXT);
  const out = new Uint8Array(context.length + document.length);
  out.set(context);
  for (let at = 0; at < document.length; at += COPY_BYTES) {
    out.set(document.subarray(at, at + COPY_BYTES), context.length + at);
    yield;
  }
  return out;
}

/** The first 8 bytes of SHA-256 over the SubjectPublicKeyInfo, in hex: names a key in logs and envelopes. */
export async function keyIdOf(spki: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await subtle().digest('SHA-256', spki));
  return [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Public keys as the policy lists them (base64 SPKI); malformed ones are reported, not trusted. */
export async function importTrustedKeys(
  texts: readonly string[],
): Promise<{ keys: TrustedKey[]; problems: string[] }> {
  const keys: TrustedKey[] = [];
  const problems: string[] = [];
  for (const [i, text] of texts.entries()) {
    try {
      if (!PUBLIC_KEY_PATTERN.test(text)) throw new Error('not a base64 P-256 public key (SPKI)');
      const spki = fromBase64(text);
      const key = await subtle().importKey('spki', spki, KEY_ALGORITHM, false, ['verify']);
      keys.push({ keyId: await keyIdOf(spki), key });
    } catch (error) {
      problems.push(`key ${i + 1}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { keys, problems };
}

/**
 * Checks a served body against the trusted keys. `keys` null means signatures are not required
 * (no policy key): a signed document is unwrapped without checking, a plain one passes as it is.
 */
export async function checkSignature(
  received: string | Uint8Array,
  keys: readonly TrustedKey[] | null,
): Promise<SignatureCheck> {
  const unwrapped = unwrapBytes(typeof received === 'string' ? new TextEncoder().encode(received) : received);
  if (unwrapped.kind === 'malformed') return { ok: false, code: 'signature', detail: unwrapped.detail };
  if (keys === null) return { ok: true, body: unwrapped.body, signedBy: null };
  if (unwrapped.kind === 'plain') {
    return { ok: false, code: 'unsigned', detail: 'the document is not signed, and a signature is required' };
  }
  const trusted = keys.find((k) => k.keyId === unwrapped.keyId);
  if (!trusted) {
    const known = keys.map((k) => k.keyId).join(', ') || 'none';
    return {
      ok: false,
      code: 'unknown-key',
      detail: `signed with key ${unwrapped.keyId}, not one of the policy's keys (${known})`,
    };
  }
  const good = await subtle().verify(
    SIGN_ALGORITHM,
    trusted.key,
    unwrapped.signature,
    await runSliced(signedBytesSteps(unwrapped.body)),
  );
  if (!good) {
    return { ok: false, code: 'signature', detail: `the signature by key ${trusted.keyId} does not match` };
  }
  return { ok: true, body: unwrapped.body, signedBy: trusted.keyId };
}

/** The fetch path's step: a body becomes its checked document's bytes, or a refusal. */
export async function verifyOutcome(
  outcome: FetchOutcome,
  keys: readonly TrustedKey[] | null,
): Promise<FetchOutcome> {
  if (outcome.kind !== 'body') return outcome;
  const check = await checkSignature(outcome.body, keys);
  if (!check.ok) return { kind: 'refused', code: check.code, detail: check.detail };
  return { ...outcome, body: check.body, signedBy: check.signedBy };
}

/** The signed envelope of `documentText` (CLI side). */
export async function signDocument(
  documentText: string,
  privateKey: CryptoKey,
  keyId: string,
): Promise<string> {
  const signature = new Uint8Array(
    await subtle().sign(SIGN_ALGORITHM, privateKey, signedBytes(documentText)),
  );
  return `{"format":"${SIGNED_FORMAT}","keyId":"${keyId}","signature":"${toBase64(signature)}","document":${documentText}}\n`;
}

export async function generateKeyPair(): Promise<CryptoKeyPair> {
  return subtle().generateKey(KEY_ALGORITHM, true, ['sign', 'verify']);
}

export async function importPrivateKey(pkcs8: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return subtle().importKey('pkcs8', pkcs8, KEY_ALGORITHM, false, ['sign']);
}

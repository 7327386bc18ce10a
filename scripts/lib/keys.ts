/**
 * Key files for the signed catalogue (lib/catalogue/signature.ts): PKCS#8 PEM for the private key,
 * SPKI PEM for the public key, and the one-line base64 SPKI an administrator puts in the policy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fromBase64, importPrivateKey, keyIdOf, toBase64 } from '../../lib/catalogue/signature.ts';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;

export function toPem(label: 'PRIVATE KEY' | 'PUBLIC KEY', der: Uint8Array): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function fromPem(label: string, text: string): Uint8Array<ArrayBuffer> | null {
  const match = new RegExp(`-----BEGIN ${label}-----([A-Za-z0-9+/=\\s]+)-----END ${label}-----`).exec(text);
  return match?.[1] ? fromBase64(match[1].replace(/\s+/g, '')) : null;
}

/** The public key's SPKI from a PKCS#8 private key (WebCrypto exports the point with it). */
async function publicOf(pkcs8: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const full = await crypto.subtle.importKey('pkcs8', pkcs8, ALGORITHM, true, ['sign']);
  const { d: _private, key_ops: _ops, ...jwk } = await crypto.subtle.exportKey('jwk', full);
  const pub = await crypto.subtle.importKey('jwk', jwk, ALGORITHM, true, ['verify']);
  return new Uint8Array(await crypto.subtle.exportKey('spki', pub));
}

export async function readPrivateKey(path: string): Promise<{ key: CryptoKey; keyId: string }> {
  const pkcs8 = fromPem('PRIVATE KEY', readFileSync(path, 'utf8'));
  if (!pkcs8) throw new Error(`${path} is not a PKCS#8 PEM private key (from \`catalogue keygen\`)`);
  return { key: await importPrivateKey(pkcs8), keyId: await keyIdOf(await publicOf(pkcs8)) };
}

/** A public key as a PEM file, a file with the policy's base64 line, or that line itself. */
export function readPublicKeyText(value: string): string {
  const text = existsSync(value) ? readFileSync(value, 'utf8') : value;
  const der = fromPem('PUBLIC KEY', text);
  return der ? toBase64(der) : text.trim();
}

/** The nearest folder at or above `dir` that holds a .git entry: a repository's work tree. */
export function gitWorkTreeOf(dir: string): string | null {
  let at = resolve(dir);
  for (;;) {
    if (existsSync(resolve(at, '.git'))) return at;
    const up = dirname(at);
    if (up === at) return null;
    at = up;
  }
}

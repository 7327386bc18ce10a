/**
 * What a self-hosted Chrome/Edge package needs: the extension id of a signing key, a CRX packed by
 * Chromium itself, and the update manifest that ExtensionSettings' update_url points at.
 */
import { spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';

export interface SigningKey {
  /** base64 DER SubjectPublicKeyInfo: the manifest's `key` */
  publicKey: string;
  /** the Chrome/Edge extension id that key gives */
  id: string;
}

/** Chrome's id: the first 128 bits of SHA-256 over the public key, hex digits written as a–p. */
export function extensionIdOf(spkiDer: Uint8Array): string {
  const digest = createHash('sha256').update(spkiDer).digest().subarray(0, 16);
  let id = '';
  for (const byte of digest) id += String.fromCharCode(97 + (byte >> 4), 97 + (byte & 15));
  return id;
}

/** Reads a PEM private key (PKCS#8 or PKCS#1 RSA); throws with what to do when it cannot. */
export function readSigningKey(pemPath: string): SigningKey {
  if (!existsSync(pemPath))
    throw new Error(
      `No key at ${pemPath}. Create one once and keep it safe (it decides the extension id):\n` +
        `  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out ${pemPath}`,
    );
  let der: Buffer;
  try {
    der = createPublicKey(createPrivateKey(readFileSync(pemPath))).export({ type: 'spki', format: 'der' });
  } catch (error) {
    throw new Error(`${pemPath} is not a PEM private key: ${String(error)}`);
  }
  return { publicKey: der.toString('base64'), id: extensionIdOf(der) };
}

/**
 * Packs a built extension folder with Chromium's own packer; returns the path of the .crx, which
 * Chromium writes next to the folder.
 */
export function packCrx(chromium: string, dir: string, pemPath: string): string {
  const run = spawnSync(
    chromium,
    [
      '--headless=new',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
      `--pack-extension=${dir}`,
      `--pack-extension-key=${pemPath}`,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const crx = `${dir.replace(/\/+$/, '')}.crx`;
  if (run.status !== 0 || !existsSync(crx))
    throw new Error(`Chromium could not pack ${dir} (exit ${run.status}): ${run.stderr.trim().slice(-500)}`);
  return crx;
}

function xmlAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** The gupdate document Chrome and Edge read from the update_url. */
export function updateManifest(id: string, version: string, codebase: string): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${xmlAttribute(id)}'>`,
    `    <updatecheck codebase='${xmlAttribute(codebase)}' version='${xmlAttribute(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

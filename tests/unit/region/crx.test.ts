import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CHROME_EXTENSION_ID,
  EXTENSION_KEY,
  extensionKeyFromEnv,
} from '../../../lib/extension/extension-id.ts';
import { extensionIdOf, readSigningKey, updateManifest } from '../../../scripts/lib/crx.ts';
import { packageRegion, RegionPackageError } from '../../../scripts/package-region.ts';

const dir = mkdtempSync(join(tmpdir(), 'hanvisa-crx-test-'));

function writeKey(name: string, format: 'pkcs8' | 'pkcs1'): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const path = join(dir, name);
  writeFileSync(path, privateKey.export({ type: format, format: 'pem' }));
  return path;
}

describe('extensionIdOf', () => {
  it("gives the id Chrome shows for the store build's key", () => {
    expect(extensionIdOf(Buffer.from(EXTENSION_KEY, 'base64'))).toBe(CHROME_EXTENSION_ID);
  });
});

describe('readSigningKey', () => {
  it.each(['pkcs8', 'pkcs1'] as const)('reads a %s PEM key and gives its public half and id', (format) => {
    const key = readSigningKey(writeKey(`${format}.pem`, format));
    expect(key.id).toMatch(/^[a-p]{32}$/);
    expect(key.id).toBe(extensionIdOf(Buffer.from(key.publicKey, 'base64')));
    expect(key.id).not.toBe(CHROME_EXTENSION_ID);
    // The build accepts it as a manifest key.
    expect(extensionKeyFromEnv(key.publicKey)).toBe(key.publicKey);
  });
  it('says how to make a key when there is none', () => {
    expect(() => readSigningKey(join(dir, 'missing.pem'))).toThrow(/No key at .*openssl genpkey/s);
  });
  it('says when the file is not a key', () => {
    const path = join(dir, 'not-a-key.pem');
    writeFileSync(path, 'hello');
    expect(() => readSigningKey(path)).toThrow(/is not a PEM private key/);
  });
});

describe('extensionKeyFromEnv', () => {
  it('keeps the store key without the variable and refuses something that is not a key', () => {
    expect(extensionKeyFromEnv(undefined)).toBe(EXTENSION_KEY);
    expect(extensionKeyFromEnv('')).toBe(EXTENSION_KEY);
    expect(() => extensionKeyFromEnv('not a key')).toThrow(/base64 DER public key/);
  });
});

describe('updateManifest', () => {
  it('names the id, version and package address, escaped for XML', () => {
    const xml = updateManifest('abc', '1.2.3', "https://intranet.example.se/a&b/it's.crx");
    expect(xml).toContain("<app appid='abc'>");
    expect(xml).toContain("codebase='https://intranet.example.se/a&amp;b/it&apos;s.crx' version='1.2.3'");
  });
});

describe('packageRegion refuses before it builds anything', () => {
  const key = writeKey('region.pem', 'pkcs8');
  const base = {
    hosts: 'journal.example.se',
    key,
    url: 'https://intranet.example.se/hanvisa/',
    out: join(dir, 'out'),
  };
  it.each<[string, Partial<typeof base>, RegExp]>([
    ['a bad host', { hosts: '*' }, /--hosts is not valid/],
    ['no hosts', { hosts: '' }, /no hosts given/],
    ['a plain http address', { url: 'http://intranet.example.se/hanvisa/' }, /https:\/\//],
    ['no address', { url: 'not a url' }, /https:\/\//],
  ])('%s', (_, change, message) => {
    expect(() => packageRegion({ ...base, ...change })).toThrow(RegionPackageError);
    expect(() => packageRegion({ ...base, ...change })).toThrow(message);
  });
  it('a missing key, saying how to make one', () => {
    expect(() => packageRegion({ ...base, key: join(dir, 'none.pem') })).toThrow(/No key at .*openssl/s);
  });
});

/** `catalogue keygen`, `build --sign` and `verify`: the publisher's side of the signed catalogue. */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/catalogue.ts';
import { capture } from './cli-helpers.ts';

let dir: string;
const keyFiles = (sub: string) => {
  const names = readdirSync(join(dir, sub));
  const find = (end: string) => join(dir, sub, names.find((n) => n.endsWith(end)) ?? 'missing');
  return { privateKey: find('.private.pem'), publicKey: find('.public.pem') };
};

async function run(...args: string[]) {
  const ctx = capture();
  const code = await main(args, ctx);
  return { code, stdout: ctx.stdout.join('\n'), stderr: ctx.stderr.join('\n') };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hanvisa-sign-'));
  for (const sub of ['old', 'new']) expect((await run('keygen', '--out', join(dir, sub))).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('keygen', () => {
  it('writes a private key only its owner can read, and prints the policy line', async () => {
    const { privateKey, publicKey } = keyFiles('old');
    expect(statSync(privateKey).mode & 0o077).toBe(0);
    expect(readFileSync(privateKey, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);
    expect(readFileSync(publicKey, 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    const again = await run('keygen', '--out', join(dir, 'third'));
    expect(again.stdout).toMatch(/^ {2}MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE[A-Za-z0-9+/]{86}==$/m);
  });

  it('refuses to write a key inside a git work tree (this repository)', async () => {
    const result = await run('keygen', '--out', join(import.meta.dirname, 'keys'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('inside the git work tree');
    expect(() => statSync(join(import.meta.dirname, 'keys'))).toThrow();
  });
});

describe('build --sign and verify', () => {
  let signed: string;
  beforeAll(async () => {
    signed = join(dir, 'signed.json');
    const result = await run(
      'build',
      '--out',
      signed,
      '--version',
      '2099-01-01.1',
      '--sign',
      keyFiles('old').privateKey,
    );
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('signed with key');
  });

  it('verifies with the matching public key (exit 0), as a PEM file or as the policy line', async () => {
    const { publicKey } = keyFiles('old');
    expect(await run('verify', signed, '--key', publicKey)).toMatchObject({ code: 0 });
    const line = readFileSync(publicKey, 'utf8').replace(/-----[A-Z ]+-----|\s/g, '');
    expect(await run('verify', signed, '--key', line)).toMatchObject({ code: 0 });
  });

  it('exits 1 for a changed document, an unsigned one and the wrong key', async () => {
    const { publicKey } = keyFiles('old');
    const text = readFileSync(signed, 'utf8');
    const changed = join(dir, 'changed.json');
    writeFileSync(changed, text.replace('"version": "2099-01-01.1"', '"version": "2099-01-01.2"'));
    const changedRun = await run('verify', changed, '--key', publicKey);
    expect(changedRun).toMatchObject({ code: 1 });
    expect(changedRun.stderr).toContain('does not match');

    const plain = join(dir, 'plain.json');
    expect((await run('build', '--out', plain)).code).toBe(0);
    const plainRun = await run('verify', plain, '--key', publicKey);
    expect(plainRun).toMatchObject({ code: 1 });
    expect(plainRun.stderr).toContain('unsigned');

    expect(await run('verify', signed, '--key', keyFiles('new').publicKey)).toMatchObject({ code: 1 });
  });

  it('verifies during a rotation when both keys are given', async () => {
    const both = ['--key', keyFiles('new').publicKey, '--key', keyFiles('old').publicKey];
    expect(await run('verify', signed, ...both)).toMatchObject({ code: 0 });
  });

  it('a signed document is still a catalogue for check', async () => {
    expect(await run('check', '--catalogue', signed)).toMatchObject({ code: 0 });
  });

  it('exits 2 on a usage error or a key that is not one', async () => {
    expect((await run('verify', signed)).code).toBe(2);
    expect((await run('verify', signed, '--key', 'not-a-key')).code).toBe(2);
    const bad = join(dir, 'bad.pem');
    writeFileSync(bad, 'nothing');
    const refused = await run('build', '--out', join(dir, 'x.json'), '--sign', bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('PKCS#8');
    expect(() => statSync(join(dir, 'x.json'))).toThrow();
  });
});

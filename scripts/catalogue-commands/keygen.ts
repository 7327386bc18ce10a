import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPair, keyIdOf, toBase64 } from '../../lib/catalogue/signature.ts';
import { takeOption } from '../lib/cli-context.ts';
import { gitWorkTreeOf, toPem } from '../lib/keys.ts';
import type { CliCommand } from './types.ts';

export const command: CliCommand = {
  name: 'keygen',
  usage: 'keygen --out <dir>',
  summary: 'Make a signing key pair (ECDSA P-256) outside any git work tree; print the policy line.',
  async run(args, ctx) {
    const out = takeOption(args, '--out');
    if (!out.value || out.rest.length) {
      ctx.err(`Usage: ${this.usage}`);
      return 2;
    }
    // The private key must never be committed: refuse a folder inside a repository outright.
    const repo = gitWorkTreeOf(out.value);
    if (repo) {
      ctx.err(
        `✗ ${out.value} is inside the git work tree ${repo}. Keep the private key outside any repository.`,
      );
      return 2;
    }
    const pair = await generateKeyPair();
    const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
    const keyId = await keyIdOf(spki);
    mkdirSync(out.value, { recursive: true, mode: 0o700 });
    const privatePath = join(out.value, `hanvisa-catalogue-${keyId}.private.pem`);
    const publicPath = join(out.value, `hanvisa-catalogue-${keyId}.public.pem`);
    writeFileSync(privatePath, toPem('PRIVATE KEY', pkcs8), { mode: 0o600, flag: 'wx' });
    writeFileSync(publicPath, toPem('PUBLIC KEY', spki), { flag: 'wx' });
    ctx.out(`✓ Key ${keyId}`);
    ctx.out(`  private (keep secret, sign with it): ${privatePath}`);
    ctx.out(`  public: ${publicPath}`);
    ctx.out('  For the policy "catalogueKeys" list:');
    ctx.out(`  ${toBase64(spki)}`);
    return 0;
  },
};

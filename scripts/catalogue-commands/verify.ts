import { readFileSync } from 'node:fs';
import { checkSignature, importTrustedKeys } from '../../lib/catalogue/signature.ts';
import { readPublicKeyText } from '../lib/keys.ts';
import type { CliCommand } from './types.ts';

/** Every value of a repeatable option, and the arguments left. */
function takeAll(args: string[], name: string): { values: (string | undefined)[]; rest: string[] } {
  const values: (string | undefined)[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === name) values.push(args[++i]);
    else rest.push(args[i] ?? '');
  }
  return { values, rest };
}

export const command: CliCommand = {
  name: 'verify',
  usage: 'verify <file> --key <public key> [--key <public key> …]',
  summary: 'Check a signed document as the extension does: exit 0 when a given key signed it, 1 otherwise.',
  async run(args, ctx) {
    const { values, rest } = takeAll(args, '--key');
    const [file, ...extra] = rest;
    if (!file || extra.length || values.length === 0 || values.some((v) => !v)) {
      ctx.err(`Usage: ${this.usage}`);
      return 2;
    }
    const { keys, problems } = await importTrustedKeys(values.map((v) => readPublicKeyText(v ?? '')));
    for (const problem of problems) ctx.err(`✗ ${problem}`);
    if (problems.length) return 2;
    const check = await checkSignature(readFileSync(file, 'utf8'), keys);
    if (!check.ok) {
      ctx.err(`✗ ${file}: refused (${check.code}): ${check.detail}`);
      return 1;
    }
    ctx.out(`✓ ${file}: signed by key ${check.signedBy}; the document is unchanged.`);
    return 0;
  },
};

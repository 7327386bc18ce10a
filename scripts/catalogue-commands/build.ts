import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { signDocument } from '../../lib/catalogue/signature.ts';
import { takeOption } from '../lib/cli-context.ts';
import { readPrivateKey } from '../lib/keys.ts';
import type { CliCommand } from './types.ts';

export const command: CliCommand = {
  name: 'build',
  usage: 'build --out <file> [--version <text>] [--catalogue <dir>] [--sign <private key>]',
  summary:
    'Write the single-file catalogue document an administrator serves (validated first), signed with --sign.',
  async run(args, ctx) {
    const out = takeOption(args, '--out');
    const version = takeOption(out.rest, '--version');
    const source = takeOption(version.rest, '--catalogue');
    const sign = takeOption(source.rest, '--sign');
    const missing = (name: string, option: { value: string | undefined }) =>
      args.includes(name) && !option.value;
    if (!out.value || sign.rest.length || missing('--version', version) || missing('--sign', sign)) {
      ctx.err(`Usage: ${this.usage}`);
      return 2;
    }
    // The key first: a wrong key path must not leave an unsigned file where a signed one belongs.
    let signer: Awaited<ReturnType<typeof readPrivateKey>> | null = null;
    try {
      signer = sign.value ? await readPrivateKey(sign.value) : null;
    } catch (error) {
      ctx.err(`✗ ${error instanceof Error ? error.message : String(error)}`);
      return 2;
    }
    const catalogue = await ctx.loadCatalogue(source.value);
    const document = {
      ...catalogue,
      version: version.value ?? catalogue.version,
      published: new Date().toISOString(),
    };
    const text = `${JSON.stringify(document, null, 2)}\n`;
    mkdirSync(dirname(out.value), { recursive: true });
    writeFileSync(out.value, signer ? await signDocument(text, signer.key, signer.keyId) : text);
    const signed = signer ? `, signed with key ${signer.keyId}` : '';
    ctx.out(
      `✓ Catalogue ${document.version}: ${catalogue.resources.length} resources${signed} → ${out.value}`,
    );
    return 0;
  },
};

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { takeOption } from '../lib/cli-context.ts';
import type { CliCommand } from './types.ts';

export const command: CliCommand = {
  name: 'build',
  usage: 'build --out <file> [--version <text>] [--catalogue <dir>]',
  summary: 'Write the single-file catalogue document an administrator serves (validated first).',
  async run(args, ctx) {
    const out = takeOption(args, '--out');
    const version = takeOption(out.rest, '--version');
    const source = takeOption(version.rest, '--catalogue');
    if (!out.value || source.rest.length || (args.includes('--version') && !version.value)) {
      ctx.err(`Usage: ${this.usage}`);
      return 2;
    }
    const catalogue = await ctx.loadCatalogue(source.value);
    const document = {
      ...catalogue,
      version: version.value ?? catalogue.version,
      published: new Date().toISOString(),
    };
    mkdirSync(dirname(out.value), { recursive: true });
    writeFileSync(out.value, `${JSON.stringify(document, null, 2)}\n`);
    ctx.out(`✓ Catalogue ${document.version}: ${catalogue.resources.length} resources → ${out.value}`);
    return 0;
  },
};

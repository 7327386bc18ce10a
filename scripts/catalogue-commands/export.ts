import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { takeOption } from '../lib/cli-context.ts';
import { toHsds } from '../lib/hsds/export.ts';
import type { CliCommand } from './types.ts';

export const command: CliCommand = {
  name: 'export',
  usage: 'export --format hsds --out <dir> [--catalogue <file-or-dir>]',
  summary: 'Write the catalogue as Open Referral HSDS 3.0 JSON (organizations.json, services.json).',
  async run(args, ctx) {
    const format = takeOption(args, '--format');
    const out = takeOption(format.rest, '--out');
    const source = takeOption(out.rest, '--catalogue');
    if (format.value !== 'hsds' || !out.value || source.rest.length) {
      ctx.err(`Usage: ${this.usage}  (the only format is "hsds")`);
      return 2;
    }
    const { organizations, services } = toHsds(await ctx.loadCatalogue(source.value));
    mkdirSync(out.value, { recursive: true });
    writeFileSync(join(out.value, 'organizations.json'), `${JSON.stringify(organizations, null, 2)}\n`);
    writeFileSync(join(out.value, 'services.json'), `${JSON.stringify(services, null, 2)}\n`);
    ctx.out(`✓ HSDS 3.0: ${organizations.length} organizations, ${services.length} services → ${out.value}`);
    return 0;
  },
};

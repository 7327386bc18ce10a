import { takeOption } from '../lib/cli-context.ts';
import { catalogueOptions, readCatalogue } from '../lib/read-data.ts';
import type { CliCommand } from './types.ts';

export const command: CliCommand = {
  name: 'check',
  usage: 'check [--catalogue <file-or-dir>]',
  summary: 'Validate all resources, situations and parts; exit 1 with file, field and what to fix.',
  async run(args, ctx) {
    const { value: path, rest } = takeOption(args, '--catalogue');
    if (rest.length) {
      ctx.err(`Unexpected argument "${rest[0]}". Usage: ${this.usage}`);
      return 2;
    }
    const result = readCatalogue(path, await catalogueOptions());
    if (!result.ok) {
      for (const issue of result.issues) ctx.err(`${issue.file}: ${issue.path}: ${issue.message}`);
      ctx.err(`✗ ${result.issues.length} problem${result.issues.length === 1 ? '' : 's'} found.`);
      return 1;
    }
    const { resources, vocabulary, parts, version } = result.catalogue;
    ctx.out(
      `✓ Catalogue ${version}: ${resources.length} resources, ${vocabulary.length} situations, ${parts.length} parts, all valid.`,
    );
    return 0;
  },
};

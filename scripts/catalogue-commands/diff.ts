/**
 * `npm run catalogue -- diff <old> <new> [--json]`: what a new catalogue version changes, each
 * argument a catalogue document or a data folder. Changed phone numbers are listed first.
 */

import { type CatalogueDiff, diffCatalogues, type FieldChange } from '../lib/catalogue-diff.ts';
import { loadOrReport } from '../lib/cli-context.ts';
import type { CliCommand } from './types.ts';

const USAGE = 'diff <old> <new> [--json]';

const show = (value: FieldChange['old']) => (value === undefined ? '(none)' : JSON.stringify(value));

function printText(diff: CatalogueDiff, out: (line: string) => void): void {
  out(
    `Catalogue diff: ${diff.old.version} (${diff.old.resources} resources) → ${diff.new.version} (${diff.new.resources} resources)`,
  );
  const { added, removed, changed, vocabulary } = diff;
  const themes = vocabulary.added.length + vocabulary.removed.length + vocabulary.changed.length;
  if (!added.length && !removed.length && !changed.length && !themes) {
    out('No differences in resources or vocabulary.');
    return;
  }
  if (changed.length) out(`Changed (${changed.length}):`);
  for (const r of changed) {
    out(`  ~ ${r.id} — ${r.name}${r.numbersChanged ? '  [number changed]' : ''}`);
    for (const c of r.changes) out(`      ${c.path}: ${show(c.old)} → ${show(c.new)}`);
  }
  if (added.length) out(`Added (${added.length}):`);
  for (const r of added)
    out(`  + ${r.id} — ${r.name}${r.numbers.length ? ` (${r.numbers.join(', ')})` : ''}`);
  if (removed.length) out(`Removed (${removed.length}):`);
  for (const r of removed) out(`  - ${r.id} — ${r.name}`);
  if (themes)
    out(
      `Vocabulary: added ${vocabulary.added.join(', ') || '–'}; removed ${vocabulary.removed.join(', ') || '–'}; changed ${vocabulary.changed.join(', ') || '–'}`,
    );
}

export const command: CliCommand = {
  name: 'diff',
  usage: USAGE,
  summary: 'What a new catalogue version adds, removes and changes, field by field, changed numbers first.',
  async run(args, ctx) {
    const json = args.includes('--json');
    const paths = args.filter((a) => a !== '--json');
    const [oldPath, newPath] = paths;
    if (paths.length !== 2 || !oldPath || !newPath || paths.some((p) => p.startsWith('--'))) {
      ctx.err(`Usage: npm run catalogue -- ${USAGE}`);
      return 2;
    }
    const before = await loadOrReport(ctx, oldPath, 'old');
    const after = await loadOrReport(ctx, newPath, 'new');
    if (!before || !after) return 1;
    const diff = diffCatalogues(before, after);
    if (json) ctx.out(JSON.stringify(diff, null, 2));
    else printText(diff, ctx.out);
    return 0;
  },
};

/**
 * `npm run catalogue -- review [--json] [--html <file>] [--today YYYY-MM-DD] [--catalogue <path>]`:
 * per resource, what an editor should recheck and why, the most important first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { loadOrReport, takeOption } from '../lib/cli-context.ts';
import { type ReviewReport, reviewCatalogue } from '../lib/review/findings.ts';
import { reviewHtml } from '../lib/review/html.ts';
import type { CliCommand } from './types.ts';

const USAGE = 'review [--json] [--html <file>] [--today YYYY-MM-DD] [--catalogue <file-or-dir>]';

function todayInSweden(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

function printText(report: ReviewReport, out: (line: string) => void): void {
  out(
    `Review of catalogue ${report.version} on ${report.today}: ${report.resources.length} of ${report.total} resources to recheck.`,
  );
  report.resources.forEach((r, i) => {
    out('');
    out(`${i + 1}. ${r.id} — ${r.name} (${r.kind}), score ${r.score}`);
    for (const f of r.findings) out(`   ${f.severity.padEnd(6)} ${f.path}: ${f.message}`);
  });
}

export const command: CliCommand = {
  name: 'review',
  usage: USAGE,
  summary:
    'What to recheck in each resource and why (unknown numbers and hours, secondary or old sources, old checks).',
  async run(args, ctx) {
    const json = args.includes('--json');
    const html = takeOption(
      args.filter((a) => a !== '--json'),
      '--html',
    );
    const today = takeOption(html.rest, '--today');
    const source = takeOption(today.rest, '--catalogue');
    const missing = ['--html', '--today', '--catalogue'].some(
      (name) => args.includes(name) && !args[args.indexOf(name) + 1],
    );
    const badDate = today.value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(today.value);
    if (source.rest.length || missing || badDate) {
      ctx.err(`Usage: npm run catalogue -- ${USAGE}`);
      return 2;
    }
    const catalogue = await loadOrReport(ctx, source.value, 'reviewed');
    if (!catalogue) return 1;
    const report = reviewCatalogue(catalogue, today.value ?? todayInSweden());
    if (html.value) {
      mkdirSync(dirname(html.value), { recursive: true });
      writeFileSync(html.value, reviewHtml(report));
    }
    if (json) ctx.out(JSON.stringify(report, null, 2));
    else if (html.value) ctx.out(`✓ Review of ${report.total} resources → ${html.value}`);
    else printText(report, ctx.out);
    return 0;
  },
};

/**
 * `npm run bench [name…]`: runs every scripts/bench/<name>.bench.ts (or the named ones), prints
 * each section as a table and writes all of them to bench/results.json. Benchmarks measure and
 * compare side by side; they never pass or fail on time.
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchSection } from './types.ts';

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

function table(section: BenchSection): string {
  const cells = [section.columns, ...section.rows.map((row) => row.map(String))];
  const widths = section.columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [
    line(section.columns),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

const results: Record<string, BenchSection | { error: string }> = {};
for (const file of files) {
  const name = file.replace(/\.bench\.ts$/, '');
  process.stdout.write(`\n## ${name}\n`);
  try {
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
      default: () => Promise<BenchSection | BenchSection[]>;
    };
    const sections = [await mod.default()].flat();
    sections.forEach((section, i) => {
      results[sections.length > 1 ? `${name}.${i}` : name] = section;
      console.log(`\n### ${section.title}\n\n${table(section)}`);
      for (const note of section.notes ?? []) console.log(`- ${note}`);
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    results[name] = { error: message };
    console.log(`(failed: ${message})`);
    process.exitCode = 1;
  }
}
const out = resolve(dir, '../../bench');
mkdirSync(out, { recursive: true });
writeFileSync(
  join(out, 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), results }, null, 2)}\n`,
);
console.log(`\nWrote bench/results.json (${Object.keys(results).length} sections).`);

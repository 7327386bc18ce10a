/**
 * The reader's tables (lib/matcher/tables.ts) against compiling, in Node: their JSON size, and the
 * time to a matcher, cold (the first call in a fresh process, as on every page load) and warm.
 * HANVISA_BENCH_REPS (default 5) fresh processes per way, interleaved; medians reported.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compileMatcher, matcherFromTables, toTables } from '../../lib/matcher/index.ts';
import type { BenchSection } from './types.ts';
import { loadVocabulary } from './vocabulary.ts';

const ROOT = resolve(import.meta.dirname, '../..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
}
const ms = (x: number) => Math.round(x * 10) / 10;

function cold(mode: 'compile' | 'tables', file: string): { parseMs: number; buildMs: number } {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'tables/cold.ts'), mode, file],
    { cwd: ROOT, encoding: 'utf8' },
  );
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as { parseMs: number; buildMs: number };
}

export default async function run(): Promise<BenchSection> {
  const reps = Number(process.env.HANVISA_BENCH_REPS ?? 5) || 5;
  const vocabulary = loadVocabulary();
  const t0 = performance.now();
  const tables = toTables(vocabulary);
  const toTablesMs = performance.now() - t0;
  const json = JSON.stringify(tables);
  const file = join(mkdtempSync(join(tmpdir(), 'hanvisa-tables-')), 'tables.json');
  writeFileSync(file, json);
  const colds = { compile: [] as number[], tables: [] as number[], parse: [] as number[] };
  for (let i = 0; i < reps; i++) {
    colds.compile.push(cold('compile', file).buildMs);
    const t = cold('tables', file);
    colds.tables.push(t.buildMs);
    colds.parse.push(t.parseMs);
  }
  const warm = { compile: [] as number[], tables: [] as number[], parse: [] as number[] };
  for (let i = 0; i < reps + 3; i++) {
    let s = performance.now();
    compileMatcher(vocabulary, { year: 2026 });
    const c = performance.now() - s;
    s = performance.now();
    const parsed: unknown = JSON.parse(json);
    const p = performance.now() - s;
    s = performance.now();
    matcherFromTables(parsed, vocabulary, { year: 2026 });
    const b = performance.now() - s;
    // The first three warm the code up.
    if (i < 3) continue;
    warm.compile.push(c);
    warm.parse.push(p);
    warm.tables.push(b);
  }
  const bytes = Buffer.byteLength(json);
  return {
    title: `The reader from tables vs compiled (Node, median of ${reps})`,
    columns: ['way', 'cold ms (fresh process)', 'warm ms'],
    rows: [
      ['compileMatcher', ms(median(colds.compile)), ms(median(warm.compile))],
      ['JSON.parse of the tables', ms(median(colds.parse)), ms(median(warm.parse))],
      ['matcherFromTables', ms(median(colds.tables)), ms(median(warm.tables))],
      ['toTables (background, once per catalogue)', ms(toTablesMs), ''],
    ],
    notes: [
      `Tables: ${bytes.toLocaleString('en')} bytes of JSON (${tables.termCount.toLocaleString('en')} terms, ${tables.pass?.deltas.length ?? 0} windows); the vocabulary itself ${Buffer.byteLength(JSON.stringify(vocabulary)).toLocaleString('en')}.`,
      'Cold: the first call in a fresh process (tsx, so imported bindings are getters: Chromium is the figure that counts, npm run bench content).',
    ],
    data: { colds, warm, bytes },
  };
}

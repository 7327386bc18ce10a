/**
 * One cold measurement in a fresh process (spawned by tables.bench.ts): the first compile of the
 * reader, or the first JSON.parse of its tables plus matcherFromTables, with nothing warm yet.
 * Prints { parseMs, buildMs } as JSON.
 */
import { readFileSync } from 'node:fs';
import { compileMatcher, matcherFromTables } from '../../../lib/matcher/index.ts';
import { loadVocabulary } from '../vocabulary.ts';

const [mode, file] = process.argv.slice(2);
const vocabulary = loadVocabulary();
const json = file === undefined ? '' : readFileSync(file, 'utf8');
let parseMs = 0;
let buildMs = 0;
const t0 = performance.now();
if (mode === 'compile') {
  compileMatcher(vocabulary, { year: 2026 });
  buildMs = performance.now() - t0;
} else {
  const tables: unknown = JSON.parse(json);
  const t1 = performance.now();
  parseMs = t1 - t0;
  if (matcherFromTables(tables, vocabulary, { year: 2026 }) === null) throw new Error('tables refused');
  buildMs = performance.now() - t1;
}
console.log(JSON.stringify({ parseMs, buildMs }));

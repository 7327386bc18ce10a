/**
 * Search engines side by side on the shipped catalogue and a generated 10,000-entry one:
 * popup-time creation, per-keystroke latency, heap and recall on a Swedish quality set.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Resource } from '../../data/schema.ts';
import { generateCatalogue } from './gen-catalogue.ts';
import { ENGINES, type Engine, type SearchFn } from './search-engines.ts';
import {
  keystrokes,
  loadShipped,
  type RecallCase,
  SHIPPED_SET,
  SYNTHETIC_SET,
  TYPING,
} from './search-quality.ts';
import type { BenchSection } from './types.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const TOP = 10;
/** Fuse.js takes hundreds of ms per query on 10,000 entries: fewer keystrokes keep the run short. */
const SLOW_LIMIT = 40;

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? Number.NaN;
}
const round = (x: number, d = 2) => Number(x.toFixed(d));

interface Row {
  catalogue: string;
  engine: string;
  prepareMs: number;
  createMs: number;
  heapMb: number;
  p50: number;
  p95: number;
  keys: number;
  recall: Record<string, string>;
  found: number;
}

function measure(engine: Engine, label: string, resources: Resource[], set: RecallCase[]): Row {
  let t = performance.now();
  const prepared = engine.prepare(resources);
  const prepareMs = performance.now() - t;
  gc();
  const heap0 = process.memoryUsage().heapUsed;
  t = performance.now();
  const search: SearchFn = engine.create(prepared);
  const createMs = performance.now() - t;
  gc();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const slow = engine.name.startsWith('Fuse') && resources.length > 1000;
  const keys = keystrokes(TYPING).slice(0, slow ? SLOW_LIMIT : undefined);
  for (const k of keys.slice(0, 20)) search(k, TOP); // JIT warm-up
  const times: number[] = [];
  for (let round = 0; round < (slow ? 1 : 3); round++) {
    // A new popup per round: an engine that remembers earlier queries starts empty each time.
    const typing = slow ? search : engine.create(prepared);
    gc(); // the new engine's set-up garbage is not the keystrokes' cost
    for (const k of keys) {
      const t0 = performance.now();
      typing(k, TOP);
      times.push(performance.now() - t0);
    }
  }
  const recall: Record<string, string> = {};
  let found = 0;
  for (const kind of ['typo', 'compound', 'no-diacritics'] as const) {
    const cases = set.filter((c) => c.kind === kind);
    const hits = cases.filter((c) => search(c.query, TOP).includes(c.id)).length;
    found += hits;
    recall[kind] = `${hits}/${cases.length}`;
  }
  search('', 1); // keep the index alive until here, so the heap figure is honest
  return {
    catalogue: label,
    engine: engine.name,
    prepareMs,
    createMs,
    heapMb,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    keys: times.length,
    recall,
    found,
  };
}

/** p95 ÷ the lowest p95 among the other engines that find at least as much on the same catalogue. */
function ratio(row: Row, rows: Row[]): string {
  const peers = rows.filter((r) => r !== row && r.catalogue === row.catalogue && r.found >= row.found);
  if (peers.length === 0) return 'none as good';
  const fastest = peers.reduce((a, b) => (b.p95 < a.p95 ? b : a));
  return `${Number((row.p95 / fastest.p95).toPrecision(2))}× (${fastest.engine.split(' ')[0]})`;
}

export default async function run(): Promise<BenchSection> {
  const shipped = loadShipped();
  const present = new Set(shipped.map((r) => r.id));
  const catalogues: [string, Resource[], RecallCase[]][] = [
    [`shipped (${shipped.length})`, shipped, SHIPPED_SET.filter((c) => present.has(c.id))],
    ['generated (10,000)', generateCatalogue(10_000), SYNTHETIC_SET],
  ];
  const rows: Row[] = [];
  for (const [label, resources, set] of catalogues) {
    if (resources.length === 0) continue;
    for (const engine of ENGINES) rows.push(measure(engine, label, resources, set));
  }
  return {
    title: 'Search: engines side by side (top 10; latency per keystroke)',
    columns: [
      'catalogue',
      'engine',
      'build-time prep ms',
      'popup create ms',
      'heap MB',
      'p50 ms',
      'p95 ms',
      'keystrokes',
      'typo',
      'compound',
      'no å/ä/ö',
      'p95 vs fastest with ≥ recall',
    ],
    rows: rows.map((r) => [
      r.catalogue,
      r.engine,
      round(r.prepareMs, 1),
      round(r.createMs, 1),
      round(r.heapMb, 1),
      round(r.p50, 3),
      round(r.p95, 3),
      r.keys,
      r.recall.typo ?? '',
      r.recall.compound ?? '',
      r.recall['no-diacritics'] ?? '',
      ratio(r, rows),
    ]),
    notes: [
      'Goal: p95 ≤ 5 ms per keystroke on 10,000 entries, within 1.5× of the fastest alternative with the same recall.',
      `Typing sequences: ${TYPING.map((s) => `"${s}"`).join(', ')}; every prefix is a keystroke; 3 rounds after warm-up.`,
      `Fuse.js on 10,000 entries: first ${SLOW_LIMIT} keystrokes, 1 round (it takes ~0.1–0.5 s per query).`,
      'uFuzzy "prep" = prepareSearchData + JSON (runs at build time); "create" = JSON.parse + createSearcher.',
      'Recall: the target in the top 10. All engines fold å/ä/ö with lib/search fold().',
      'Each round of typing runs on a newly created engine (Fuse.js: one round), so nothing an engine remembers carries over between rounds; within a round lib/search narrows a keystroke from the one before, as in the popup.',
      'Shared 2-core machine: compare the ratios in one run rather than absolute times across runs.',
    ],
    data: rows,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const section = await run();
  console.log(section.columns.join(' | '));
  for (const row of section.rows) console.log(row.join(' | '));
}

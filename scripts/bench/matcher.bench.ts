/**
 * Page reader throughput on generated journal-like Swedish text, against a per-term indexOf loop
 * and a single alternation RegExp over the same base terms (situations, parts and resource names;
 * they find no inflections, compounds, combinations or context). "Two-byte" text contains "–"/"→",
 * which makes V8 store it as UTF-16.
 */
import { compileMatcher } from '../../lib/matcher/index.ts';
import { journalText } from './journal-text.ts';
import type { BenchSection } from './types.ts';
import { allTerms, loadVocabulary } from './vocabulary.ts';

interface Timing {
  median: number;
  p95: number;
  /** Median CPU time of this process: steadier than wall time when other jobs share the cores. */
  cpu: number;
  result: number;
}

const WARM_UP = 2;

/**
 * Runs the methods round-robin, so load from other processes hits them alike, after WARM_UP
 * untimed rounds (the first calls run before the JIT has compiled the matcher).
 */
function timeAll(fns: (() => number)[], runs: number): Timing[] {
  const times: number[][] = fns.map(() => []);
  const cpus: number[][] = fns.map(() => []);
  const results: number[] = fns.map(() => 0);
  for (let i = 0; i < WARM_UP + runs; i++) {
    fns.forEach((fn, j) => {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      results[j] = fn();
      const wall = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      if (i < WARM_UP) return;
      times[j]?.push(wall);
      cpus[j]?.push((cpu.user + cpu.system) / 1000);
    });
  }
  const quantile = (ts: number[], q: number) => {
    ts.sort((a, b) => a - b);
    return ts[Math.min(ts.length - 1, Math.floor(q * ts.length))] ?? 0;
  };
  return times.map((ts, j) => ({
    median: quantile(ts, 0.5),
    p95: quantile(ts, 0.95),
    cpu: quantile(cpus[j] ?? [], 0.5),
    result: results[j] ?? 0,
  }));
}

export default async function run(): Promise<BenchSection> {
  const vocabulary = loadVocabulary();
  const matcher = compileMatcher(vocabulary, { year: 2026 });
  const base = allTerms(vocabulary);
  const escaped = [...base]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const alternation = new RegExp(escaped.join('|'), 'gi');

  const methods: [string, (text: string) => number][] = [
    ['Hänvisa matcher', (text) => matcher.scan(text).hits.reduce((n, h) => n + h.count, 0)],
    ['single alternation RegExp /gi', (text) => text.match(new RegExp(alternation))?.length ?? 0],
    [
      'indexOf per term (after toLowerCase)',
      (text) => {
        const lower = text.toLowerCase();
        let n = 0;
        for (const term of base) {
          for (let i = lower.indexOf(term); i !== -1; i = lower.indexOf(term, i + term.length)) n++;
        }
        return n;
      },
    ],
  ];

  const rows: (string | number)[][] = [];
  const data: Record<string, unknown>[] = [];
  for (const mb of [1, 5]) {
    for (const twoByte of [false, true]) {
      const text = journalText(mb * 1_000_000, twoByte, 42 + mb);
      const runs = mb === 1 ? 21 : 9;
      const timings = timeAll(
        methods.map(
          ([, fn]) =>
            () =>
              fn(text),
        ),
        runs,
      );
      const results = methods.map(([name], j) => ({
        name,
        ...(timings[j] ?? { median: 0, p95: 0, cpu: 0, result: 0 }),
      }));
      const regexMedian = results[1]?.median ?? 1;
      const regexCpu = results[1]?.cpu ?? 1;
      for (const r of results) {
        const mbps = text.length / 1e6 / (r.median / 1000);
        const label = `${mb} MB ${twoByte ? 'two-byte' : 'one-byte'}`;
        rows.push([
          label,
          r.name,
          r.median.toFixed(1),
          r.p95.toFixed(1),
          mbps.toFixed(0),
          (r.median / regexMedian).toFixed(2),
          r.cpu.toFixed(1),
          (r.cpu / regexCpu).toFixed(2),
          r.result,
        ]);
        data.push({
          size: mb,
          twoByte,
          method: r.name,
          medianMs: r.median,
          p95Ms: r.p95,
          cpuMs: r.cpu,
          mbPerS: mbps,
          hits: r.result,
        });
      }
    }
  }
  return {
    title: 'Page matcher throughput (node)',
    columns: [
      'text',
      'method',
      'median ms',
      'p95 ms',
      'M chars/s',
      '× RegExp time',
      'CPU ms',
      '× RegExp CPU',
      'hits',
    ],
    rows,
    notes: [
      `${vocabulary.themes.length} situations, ${vocabulary.parts.length} parts, ${vocabulary.named.length} named resources, ${base.length} base terms; about one trigger per 17 KB of text.`,
      'Only the reader handles inflections, compounds, text without å/ä/ö, word boundaries, combinations, context rules, negation and patient values;',
      'the RegExp and indexOf columns count raw substring hits (also inside unrelated words).',
      `Same text for every method, runs interleaved after ${WARM_UP} untimed rounds; CPU ms is this process's CPU time (median), steadier than wall time on a shared machine.`,
    ],
    data,
  };
}

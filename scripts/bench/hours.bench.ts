/**
 * Opening hours: what compiling costs (build time / service worker), what evaluating costs in the
 * popup, and how much bigger the compiled JSON is than the opening_hours string.
 */
import { gzipSync } from 'node:zlib';
import { compileHours } from '../../lib/hours/compile.ts';
import { formatStatus } from '../../lib/hours/format.ts';
import { hoursStatus } from '../../lib/hours/status.ts';
import type { CompiledHours } from '../../lib/hours/types.ts';
import type { BenchSection } from './types.ts';

const EXPRESSIONS = [
  '24/7',
  'Mo-Fr 09:00-16:00; PH off',
  'Mo-Fr 09:00-16:00; Jun 19-25 Fr off; Dec 24,31 off; PH off',
  'Mo-Su 21:00-06:00',
  'Mo-Th 08:00-12:00,13:00-16:30; Fr 08:00-12:00; Jul off; PH off',
  'Mo-Fr 10:00-20:00; Sa,Su 12:00-16:00; Dec 24,31 off; PH off',
];
const FROM = new Date('2027-01-01T00:00:00Z');
const COMPILE_RUNS = 5;
const STATUS_RUNS = 60;
const CHANNELS = 1000;

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function times(runs: number, fn: (i: number) => void): number[] {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    out.push(performance.now() - t0);
  }
  return out.sort((a, b) => a - b);
}

const ms = (n: number): number => Math.round(n * 100) / 100;

export default async function run(): Promise<BenchSection> {
  const rows: (string | number)[][] = [];
  const compiled: CompiledHours[] = [];
  for (const osm of EXPRESSIONS) {
    let c: CompiledHours | undefined;
    const t = times(COMPILE_RUNS, () => {
      c = compileHours(osm, FROM);
    });
    if (!c) throw new Error('compileHours returned nothing');
    compiled.push(c);
    const json = JSON.stringify(c);
    const jsonGzip = gzipSync(json).length;
    rows.push([osm, ms(quantile(t, 0.5)), ms(quantile(t, 0.95)), osm.length, json.length, jsonGzip]);
  }

  // 1,000 channels cycling through the compiled expressions, evaluated at instants spread over a
  // year (each run is a different minute, so the per-hour offset cache is mostly cold).
  const channels = Array.from({ length: CHANNELS }, (_, i) => compiled[i % compiled.length] ?? 'unknown');
  const step = ((6 * 24 + 7) * 60 + 13) * 60_000; // 6 d 7 h 13 min: varied weekdays and times of day
  const instant = (i: number) => new Date(FROM.getTime() + (i + 1) * step);
  const status = times(STATUS_RUNS, (i) => {
    const now = instant(i);
    for (const c of channels) hoursStatus(c, now);
  });
  const worded = times(STATUS_RUNS, (i) => {
    const now = instant(i);
    for (const c of channels) formatStatus(hoursStatus(c, now), now, 'sv');
  });
  rows.push([
    `hoursStatus × ${CHANNELS} channels`,
    ms(quantile(status, 0.5)),
    ms(quantile(status, 0.95)),
    '',
    '',
    '',
  ]);
  rows.push([
    `hoursStatus + formatStatus × ${CHANNELS}`,
    ms(quantile(worded, 0.5)),
    ms(quantile(worded, 0.95)),
    '',
    '',
    '',
  ]);

  return {
    title: 'Opening hours: compile cost, popup evaluation cost, compiled size',
    columns: ['expression / task', 'p50 ms', 'p95 ms', 'osm bytes', 'compiled JSON bytes', 'JSON gzip bytes'],
    rows,
    notes: [
      `compile: ${COMPILE_RUNS} runs each, horizon 731 days from 2027-01-01, opening_hours engine in Node`,
      `status: ${STATUS_RUNS} runs over ${CHANNELS} channels at different instants; the popup ships no engine`,
      'compiled size grows with dated exceptions (weekday holidays, eves, seasons) within the horizon',
    ],
    data: {
      expressions: EXPRESSIONS,
      compileRuns: COMPILE_RUNS,
      statusRuns: STATUS_RUNS,
      channels: CHANNELS,
    },
  };
}

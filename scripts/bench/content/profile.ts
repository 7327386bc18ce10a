/**
 * `npx tsx scripts/bench/content/profile.ts`: a CPU profile of the content script's first full
 * scan of the bench page in Chromium, printed as the functions with the most self time. For
 * finding where the reading side spends its time; not part of `npm run bench`.
 */
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { toTables } from '../../../lib/matcher/index.ts';
import { findChromium } from '../../lib/chromium.ts';
import { loadVocabulary } from '../vocabulary.ts';
import { generatePage } from './page.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const script = (
  await build({
    entryPoints: [join(import.meta.dirname, 'entry.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'es2022',
  })
).outputFiles[0]?.text;
const vocabulary = loadVocabulary();
// The page:hello message as the background sends it, as in content.bench.ts.
const hello = JSON.stringify({ vocabulary, tables: toTables(vocabulary), readAge: false, readPatient: true });
const { html } = generatePage(5 * 1024 * 1024, 20_000);
const browser = await chromium.launch({
  executablePath: findChromium() ?? '',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  await page.route('http://bench.test/', (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto('http://bench.test/');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await page.addScriptTag({ content: script ?? '' });
  await cdp.send('Profiler.start');
  const r = await page.evaluate(
    ([v, h]) =>
      (
        globalThis as never as {
          __bench: { start(v: unknown, h: string): Promise<{ slices: number[]; scanMs: number }> };
        }
      ).__bench.start(v, h),
    [vocabulary, hello] as const,
  );
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  const total = r.slices.reduce((a, b) => a + b, 0);
  console.log(
    `slices ${r.slices.length}, total ${total.toFixed(1)} ms, in matcher ${r.scanMs.toFixed(1)} ms`,
  );
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || '(anon)'} ${f.url ? `:${f.lineNumber}` : ''}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(n.id) ?? 0));
  }
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`${v.toFixed(1).padStart(8)} ms  ${k}`);
  // Lines of the bundle where the hottest reading functions spent their samples.
  const lines = (script ?? '').split('\n');
  const want = process.argv.slice(2);
  for (const n of profile.nodes) {
    if (!want.includes(n.callFrame.functionName)) continue;
    for (const t of n.positionTicks ?? [])
      console.log(
        `${String(t.ticks).padStart(6)}  ${n.callFrame.functionName}:${t.line} ${lines[t.line - 1]?.trim()}`,
      );
  }
} finally {
  await browser.close();
}

/** One measured run of a bundled scanner (entry.ts) on the generated page in a fresh tab. */
import type { Browser } from 'playwright-core';
import type { Vocabulary } from '../../../lib/matcher/index.ts';

export interface Measured {
  total: number;
  longest: number;
  slices: number;
  longTask: number;
  wall: number;
  scanMs: number;
  compileMs: number;
  compileLongest: number;
  compileWall: number;
  helloParseMs: number;
  tablesBuildMs: number;
  tablesLongest: number;
  updates: { work: number; latency: number }[];
  rescan: number;
  themes: number;
}

interface Bench {
  start(
    v: Vocabulary,
    hello: string,
  ): Promise<{
    slices: number[];
    longTasks: number[];
    compileMs: number;
    compileLongest: number;
    compileWall: number;
    helloParseMs: number;
    tablesBuildMs: number;
    tablesLongest: number;
    firstScanWallMs: number;
    themes: number;
    scanMs: number;
  }>;
  typeWord(w: string): void;
  fullRescan(v: Vocabulary): number;
  state: { updates: { work: number; latency: number }[] };
}

const WORDS = ['och', 'sex mot ersättning', 'samtal', 'människohandel', 'sömn'];

export async function measure(
  browser: Browser,
  url: string,
  script: string,
  vocabulary: Vocabulary,
  hello: string,
  throttle: number,
  typed: number,
): Promise<Measured> {
  const page = await browser.newPage();
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.goto(url);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await page.addScriptTag({ content: script });
    // These functions are serialised and run in the page: no closures over Node values.
    const r = await page.evaluate(
      ([t, h]) => (globalThis as never as { __bench: Bench }).__bench.start(t, h),
      [vocabulary, hello] as const,
    );
    for (let i = 0; i < typed; i++) {
      await page.evaluate(
        (w) => (globalThis as never as { __bench: Bench }).__bench.typeWord(w),
        WORDS[i % WORDS.length] ?? 'och',
      );
      await page.waitForTimeout(30);
    }
    const updates = await page.evaluate(
      () => (globalThis as never as { __bench: Bench }).__bench.state.updates,
    );
    const rescan = await page.evaluate(
      (t) => (globalThis as never as { __bench: Bench }).__bench.fullRescan(t),
      vocabulary,
    );
    return {
      total: r.slices.reduce((a, b) => a + b, 0),
      longest: Math.max(...r.slices),
      slices: r.slices.length,
      longTask: Math.max(0, ...r.longTasks),
      wall: r.firstScanWallMs,
      scanMs: r.scanMs,
      compileMs: r.compileMs,
      compileLongest: r.compileLongest,
      compileWall: r.compileWall,
      helloParseMs: r.helloParseMs,
      tablesBuildMs: r.tablesBuildMs,
      tablesLongest: r.tablesLongest,
      updates,
      rescan,
      themes: r.themes,
    };
  } finally {
    await page.close();
  }
}

/**
 * Bundled by content.bench.ts and run in a plain Chromium page: the content script's own scanner
 * (entrypoints/context.content/scanner.ts) with the real matcher, instrumented per slice.
 */

import { COMPILE_SLICE_MS } from '../../../entrypoints/context.content/compile.ts';
import { createPageScanner } from '../../../entrypoints/context.content/scanner.ts';
import {
  compileMatcher,
  compileMatcherSteps,
  type Matcher,
  matcherFromTablesSteps,
  runUntil,
  type Vocabulary,
} from '../../../lib/matcher/index.ts';
import { SITUATION_MODEL } from '../../../lib/matcher/situation-model.ts';

/** Yields to the page's task queue, as the content script's slicer does (a MessageChannel). */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

interface Run {
  slices: number[];
  longTasks: number[];
  compileMs: number;
  compileLongest: number;
  compileWall: number;
  /** The tables path, first in a fresh page (cold): JSON.parse of the hello message, then matcherFromTables in slices. */
  helloParseMs: number;
  tablesBuildMs: number;
  tablesLongest: number;
  firstScanWallMs: number;
  themes: number;
  scanMs: number;
}

const state = {
  slices: [] as number[],
  updates: [] as { work: number; latency: number }[],
  changedAt: 0,
  idle: false,
  scanMs: 0,
};

async function start(vocabulary: Vocabulary, hello: string): Promise<Run> {
  const longTasks: number[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  }).observe({ type: 'longtask' });
  // What the content script does now, first, so that no code it runs is warm yet: the hello
  // message as runtime messaging hands it over (JSON), then the matcher from its tables.
  const p0 = performance.now();
  const message = JSON.parse(hello) as { vocabulary: Vocabulary; tables: unknown };
  const helloParseMs = performance.now() - p0;
  const tableSteps = matcherFromTablesSteps(message.tables, message.vocabulary, {
    year: 2026,
    model: SITUATION_MODEL,
  });
  const tableSlices: number[] = [];
  let built: { value: Matcher | null } | undefined;
  while (built === undefined) {
    const s0 = performance.now();
    built = runUntil(tableSteps, s0 + COMPILE_SLICE_MS, () => performance.now());
    tableSlices.push(performance.now() - s0);
    if (built === undefined) await yieldToPage();
  }
  const fromTables = built.value;
  const tablesBuildMs = tableSlices.reduce((a, b) => a + b, 0);
  const tablesLongest = Math.max(...tableSlices);
  if (fromTables === null) throw new Error('the tables were refused');
  // The fallback, compiled in slices as the content script does without tables (compile.ts).
  const steps = compileMatcherSteps(vocabulary, { year: 2026, model: SITUATION_MODEL });
  const compileSlices: number[] = [];
  let done: { value: Matcher } | undefined;
  const c0 = performance.now();
  while (done === undefined) {
    const s0 = performance.now();
    done = runUntil(steps, s0 + COMPILE_SLICE_MS, () => performance.now());
    compileSlices.push(performance.now() - s0);
    if (done === undefined) await yieldToPage();
  }
  // The page scans with the matcher from the tables, as the content script does.
  const compiled: Matcher = fromTables;
  const compileWall = performance.now() - c0;
  const compileMs = compileSlices.reduce((a, b) => a + b, 0);
  const compileLongest = Math.max(...compileSlices);
  // Time inside the matcher, to tell it apart from reading and bookkeeping.
  const matcher = {
    scan(text: string) {
      const s0 = performance.now();
      const result = compiled.scan(text);
      state.scanMs += performance.now() - s0;
      return result;
    },
  };
  let workSinceChange = 0;
  let pending = false;
  return await new Promise((resolve) => {
    let themesFound = 0;
    const started = performance.now();
    createPageScanner(document, {
      matcher,
      signal: new AbortController().signal,
      onChange(total) {
        themesFound = total.hits.length;
        if (state.changedAt > 0) pending = true;
      },
      // Called after onChange, with the whole task's time (merging and reporting included).
      onSlice(ms, idle) {
        state.slices.push(ms);
        workSinceChange += ms;
        if (pending) {
          state.updates.push({ work: workSinceChange, latency: performance.now() - state.changedAt });
          state.changedAt = 0;
          pending = false;
        }
        if (idle && !state.idle) {
          state.idle = true;
          const slices = [...state.slices];
          const scanMs = state.scanMs;
          // Long tasks are reported asynchronously: give the observer a moment.
          setTimeout(
            () =>
              resolve({
                slices,
                longTasks,
                compileMs,
                compileLongest,
                compileWall,
                helloParseMs,
                tablesBuildMs,
                tablesLongest,
                firstScanWallMs: performance.now() - started,
                themes: themesFound,
                scanMs,
              }),
            100,
          );
        }
      },
    }).start();
    (globalThis as { __resetWork?: () => void }).__resetWork = () => {
      workSinceChange = 0;
    };
  });
}

/** Types one word at the end of the note, as the editor would: one text node changes. */
function typeWord(word: string): void {
  const reset = (globalThis as { __resetWork?: () => void }).__resetWork;
  reset?.();
  const note = document.getElementById('note');
  const text = note?.lastChild?.firstChild;
  if (text?.nodeType !== 3) throw new Error('no note text');
  state.changedAt = performance.now();
  (text as Text).data += ` ${word}`;
}

/** The naive alternative: read the whole page and scan it again after each change. */
function fullRescan(vocabulary: Vocabulary): number {
  const matcher = compileMatcher(vocabulary, { year: 2026, model: SITUATION_MODEL });
  const t0 = performance.now();
  matcher.scan(document.body.textContent ?? '');
  return performance.now() - t0;
}

Object.assign(globalThis, { __bench: { start, typeWord, fullRescan, state } });

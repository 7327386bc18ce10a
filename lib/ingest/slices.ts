/**
 * Long work in short pieces. A task is a generator that yields at points where it may pause;
 * `runSliced` runs it until a piece has taken `budgetMs`, then gives the event loop back (so the
 * service worker answers messages and the browser sees it alive) and goes on. It measures every
 * piece, so a benchmark or a test can say which was the longest. No browser globals.
 */

/** A unit of work that pauses at each `yield`; its return value is the result. */
export type Sliced<T> = Generator<void, T, void>;

export interface SliceStats {
  /** Wall time from start to end, pauses included */
  totalMs: number;
  /** Time spent working (pauses excluded) */
  busyMs: number;
  /** The longest stretch of work between two pauses */
  longestMs: number;
  pieces: number;
}

export interface SliceOptions {
  /** Work this long before pausing (default 8 ms: a piece stays far under the 50 ms of a long task) */
  budgetMs?: number;
  /** How to give the event loop back (default: a macrotask via setTimeout 0) */
  pause?: () => Promise<void>;
  now?: () => number;
  /** Checked at every pause: a superseded run stops with this error */
  signal?: AbortSignal;
}

export const DEFAULT_BUDGET_MS = 8;

export const macrotask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Runs `task` to completion in pieces; the stats object is filled in as it goes. */
export async function runSliced<T>(
  task: Sliced<T>,
  options: SliceOptions = {},
  stats: SliceStats = { totalMs: 0, busyMs: 0, longestMs: 0, pieces: 0 },
): Promise<T> {
  const { budgetMs = DEFAULT_BUDGET_MS, pause = macrotask, now = () => performance.now(), signal } = options;
  const start = now();
  for (;;) {
    signal?.throwIfAborted();
    const pieceStart = now();
    let step = task.next();
    while (!step.done && now() - pieceStart < budgetMs) step = task.next();
    const piece = now() - pieceStart;
    stats.busyMs += piece;
    stats.pieces += 1;
    if (piece > stats.longestMs) stats.longestMs = piece;
    if (step.done) {
      stats.totalMs += now() - start;
      return step.value;
    }
    await pause();
  }
}

/** Runs `task` to its end at once, without pauses (the synchronous form of a sliced function). */
export function runToEnd<T>(task: Sliced<T>): T {
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}

/** Maps `items` through `fn` inside a task, yielding after every `every` items. */
export function* mapSliced<A, B>(
  items: readonly A[],
  fn: (item: A, index: number) => B,
  every = 50,
): Sliced<B[]> {
  const out: B[] = new Array(items.length);
  for (let i = 0; i < items.length; i++) {
    out[i] = fn(items[i] as A, i);
    if (i % every === every - 1) yield;
  }
  return out;
}

/**
 * Work done in steps: a generator that yields between pieces of a few hundred microseconds. Tests,
 * the CLI and the service worker run it to the end at once (finish); a page's content script runs
 * it in short slices between the page's own tasks, so compiling the vocabulary never blocks it.
 */
export type Steps<T> = Generator<void, T, void>;

/** Terms (or windows) compiled between two yields: well under a millisecond of work. */
export const STEP = 64;

/** Runs the steps to the end and returns the result. */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}

/**
 * Runs steps until `deadline` (a performance.now() time) or their end: the result, or undefined
 * when there is more to do. At least one step runs per call, so a slice always moves on.
 */
export function runUntil<T>(steps: Steps<T>, deadline: number, now: () => number): { value: T } | undefined {
  do {
    const next = steps.next();
    if (next.done === true) return { value: next.value };
  } while (now() < deadline);
  return undefined;
}

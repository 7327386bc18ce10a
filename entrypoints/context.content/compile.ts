/**
 * Compiles the vocabulary in slices of a few milliseconds between the page's own tasks (about
 * 4,800 terms take 100–300 ms of work in one go, which would block the page it reads).
 */
import { compileMatcherSteps, type Matcher, runUntil, type Vocabulary } from '../../lib/matcher/index.ts';
import { createSlicer } from './slicer.ts';

export const COMPILE_SLICE_MS = 8;

/** The matcher, or null when the reader's life ends first. */
export function compileInSlices(
  vocabulary: Vocabulary,
  year: number,
  signal: AbortSignal,
): Promise<Matcher | null> {
  const steps = compileMatcherSteps(vocabulary, { year });
  return new Promise((resolve) => {
    let matcher: Matcher | null = null;
    signal.addEventListener('abort', () => resolve(null), { once: true });
    createSlicer({
      work(deadline) {
        const done = runUntil(steps, deadline, () => performance.now());
        if (done !== undefined) matcher = done.value;
        return done !== undefined;
      },
      afterSlice: (_started, done) => {
        if (done) resolve(matcher);
      },
      signal,
      sliceMs: COMPILE_SLICE_MS,
    }).wake();
  });
}

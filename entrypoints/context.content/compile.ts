/**
 * The reader's matcher: rebuilt from the tables the background compiled (lib/matcher/tables.ts),
 * or, where a hello has none or they do not fit, compiled here in slices of a few milliseconds
 * between the page's own tasks (about 4,800 terms take 100–300 ms of work in one go, which would
 * block the page it reads).
 */
import {
  compileMatcherSteps,
  type Matcher,
  type MatcherTables,
  matcherFromTables,
  runUntil,
  type Vocabulary,
} from '../../lib/matcher/index.ts';
import { createSlicer } from './slicer.ts';

export const COMPILE_SLICE_MS = 8;

/**
 * The matcher, or null when the reader's life ends first or the vocabulary cannot be compiled
 * (logged in English, with no page text: there is none here).
 */
export function compileInSlices(
  vocabulary: Vocabulary,
  year: number,
  signal: AbortSignal,
): Promise<Matcher | null> {
  if (signal.aborted) return Promise.resolve(null);
  const steps = compileMatcherSteps(vocabulary, { year });
  // Ends the slicer (and closes its channel) when compiling is over, as well as with the reader.
  const own = new AbortController();
  const stop = () => own.abort();
  signal.addEventListener('abort', stop, { once: true });
  return new Promise((resolve) => {
    const end = (matcher: Matcher | null) => {
      resolve(matcher);
      signal.removeEventListener('abort', stop);
      own.abort();
    };
    own.signal.addEventListener('abort', () => resolve(null), { once: true });
    createSlicer({
      work(deadline) {
        try {
          const done = runUntil(steps, deadline, () => performance.now());
          if (done !== undefined) end(done.value);
          return done !== undefined;
        } catch (error) {
          console.warn('Hänvisa: the page reader could not compile the vocabulary:', String(error));
          end(null);
          return true;
        }
      },
      afterSlice: () => undefined,
      signal: own.signal,
      sliceMs: COMPILE_SLICE_MS,
    }).wake();
  });
}

/** From the hello's tables when they fit (no compiling on the page), else compiled in slices. */
export function readerMatcher(
  hello: { vocabulary: Vocabulary; tables?: MatcherTables },
  year: number,
  signal: AbortSignal,
): Promise<Matcher | null> {
  if (hello.tables !== undefined) {
    const matcher = matcherFromTables(hello.tables, hello.vocabulary, { year }, (reason) => {
      // The reason names what did not fit in the tables; they hold nothing of the page.
      console.warn(`Hänvisa: the reader tables were refused (${reason}); compiling on the page instead.`);
    });
    if (matcher !== null) return Promise.resolve(matcher);
  }
  return compileInSlices(hello.vocabulary, year, signal);
}

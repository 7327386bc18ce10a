/**
 * The reader's matcher: rebuilt from the tables the background compiled (lib/matcher/tables.ts),
 * or, where a hello has none or they do not fit, compiled here. Either runs in slices of a few
 * milliseconds between the page's own tasks (compiling about 4,800 terms takes 100–300 ms of
 * work, rebuilding them from tables still tens of milliseconds: in one go both would block the
 * page they read).
 */
import {
  compileMatcherSteps,
  type Matcher,
  type MatcherTables,
  matcherFromTablesSteps,
  type ReaderOptions,
  runUntil,
  type Steps,
  type Vocabulary,
} from '../../lib/matcher/index.ts';
import { situationModel } from '../../platform/situation-model.ts';
import { createSlicer } from './slicer.ts';

export const COMPILE_SLICE_MS = 8;

/** The year for birth years, and the reader's model when its file can be read. */
function readerOptions(year: number): ReaderOptions {
  const model = situationModel();
  return model === undefined ? { year } : { year, model };
}

/**
 * The steps' result, or null when the reader's life ends first or the steps throw (logged in
 * English as `what`, with no page text: there is none here).
 */
function runInSlices<T>(steps: Steps<T | null>, signal: AbortSignal, what: string): Promise<T | null> {
  if (signal.aborted) return Promise.resolve(null);
  // Ends the slicer (and closes its channel) when the work is over, as well as with the reader.
  const own = new AbortController();
  const stop = () => own.abort();
  signal.addEventListener('abort', stop, { once: true });
  return new Promise((resolve) => {
    const end = (result: T | null) => {
      resolve(result);
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
          console.warn(`Hänvisa: the page reader could not ${what}:`, String(error));
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

/**
 * The matcher compiled on the page, or null when the reader's life ends first or the vocabulary
 * cannot be compiled.
 */
export function compileInSlices(
  vocabulary: Vocabulary,
  year: number,
  signal: AbortSignal,
): Promise<Matcher | null> {
  return runInSlices(compileMatcherSteps(vocabulary, readerOptions(year)), signal, 'compile the vocabulary');
}

/** From the hello's tables when they fit (no compiling on the page), else compiled; both in slices. */
export async function readerMatcher(
  hello: { vocabulary: Vocabulary; tables?: MatcherTables },
  year: number,
  signal: AbortSignal,
): Promise<Matcher | null> {
  if (hello.tables !== undefined) {
    const steps = matcherFromTablesSteps(hello.tables, hello.vocabulary, readerOptions(year), (reason) => {
      // The reason names what did not fit in the tables; they hold nothing of the page.
      console.warn(`Hänvisa: the reader tables were refused (${reason}); compiling on the page instead.`);
    });
    const matcher = await runInSlices(steps, signal, 'rebuild the reader from its tables');
    // Refused (or failed): compile instead, unless the reader's life is over.
    if (matcher !== null || signal.aborted) return matcher;
  }
  return compileInSlices(hello.vocabulary, year, signal);
}

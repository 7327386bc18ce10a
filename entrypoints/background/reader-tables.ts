/**
 * The page reader's vocabulary compiled once in the service worker (lib/matcher/tables.ts): every
 * page then rebuilds its matcher from these tables instead of compiling ~4,800 terms on its own
 * main thread. Kept in memory for the vocabulary it was made from (a new catalogue generation
 * brings a new one), compiled in slices so the worker keeps answering messages meanwhile. The
 * tables hold only what the catalogue says, never anything of a page.
 */

import { runSliced } from '../../lib/ingest/slices.ts';
import { type MatcherTables, toTablesSteps, type Vocabulary } from '../../lib/matcher/index.ts';

let cached: { key: string; tables: Promise<MatcherTables | null> } | null = null;

/** The tables of `vocabulary`, or null when compiling them failed (the page compiles then). */
export function readerTables(vocabulary: Vocabulary): Promise<MatcherTables | null> {
  // The vocabulary as text is the key: a catalogue read again is a new object with the same words.
  const key = JSON.stringify(vocabulary);
  if (cached?.key !== key) {
    const tables = runSliced(toTablesSteps(vocabulary), { budgetMs: 20 }).catch((e: unknown) => {
      console.warn(
        'Hänvisa: could not compile the reader tables:',
        e instanceof Error ? e.message : 'unknown',
      );
      return null;
    });
    cached = { key, tables };
  }
  return cached.tables;
}

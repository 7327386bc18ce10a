/** The page reader's vocabulary from data/ (situations, parts, resource names), validated as the build does. */
import { readerVocabulary } from '../../lib/catalogue/reader-vocabulary.ts';
import type { Vocabulary } from '../../lib/matcher/index.ts';
import { readCatalogue } from '../lib/read-data.ts';

export function loadVocabulary(): Vocabulary {
  const result = readCatalogue();
  if (!result.ok) throw new Error(`data/ does not validate: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return readerVocabulary(result.catalogue);
}

/** Every term the reader looks for, lower-cased, once: the baselines' word list. */
export function allTerms(vocabulary: Vocabulary): string[] {
  const sets = [...vocabulary.themes, ...vocabulary.parts].map((s) => s.terms.map((t) => t.term));
  const names = vocabulary.named.map((n) => n.aliases);
  return [...new Set([...sets, ...names].flat().map((t) => t.toLowerCase()))];
}

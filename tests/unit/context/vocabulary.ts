import { readerVocabulary } from '../../../lib/catalogue/reader-vocabulary.ts';
import type { Vocabulary } from '../../../lib/matcher/index.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';

/** The page reader's vocabulary from data/ (situations, parts, resource names), validated as the build does. */
export function readVocabulary(): Vocabulary {
  const result = readCatalogue();
  if (!result.ok) throw new Error('data/ does not validate');
  return readerVocabulary(result.catalogue);
}

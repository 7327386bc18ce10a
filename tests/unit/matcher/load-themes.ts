import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Term, type Theme, ThemeSchema } from '../../../data/vocabulary-schema.ts';
import { readerVocabulary } from '../../../lib/catalogue/reader-vocabulary.ts';
import type { TermSet } from '../../../lib/matcher/compile.ts';
import type { Vocabulary } from '../../../lib/matcher/index.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';

export const VOCAB_DIR = join(import.meta.dirname, '../../../data/vocabulary');

/** The situation files (data/vocabulary/*.json; the parts live in parts/). */
export function vocabularyFiles(): string[] {
  return readdirSync(VOCAB_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();
}

export function loadThemes(): Theme[] {
  return vocabularyFiles().map((f) =>
    ThemeSchema.parse(JSON.parse(readFileSync(join(VOCAB_DIR, f), 'utf8'))),
  );
}

/** The reader's vocabulary from data/ (situations, parts, resource names), validated as the build does. */
export function loadVocabulary(): Vocabulary {
  const result = readCatalogue();
  if (!result.ok) throw new Error(`data/ does not validate: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return readerVocabulary(result.catalogue);
}

/**
 * The term sets of the lexicon pass, in the order lib/matcher/reader.ts compiles them (situations,
 * parts, then each resource's names, which match with inflection endings), with a name for each.
 */
export function termSets(vocabulary: Vocabulary): { names: string[]; sets: TermSet[] } {
  const names = [
    ...vocabulary.themes.map((t) => t.id),
    ...vocabulary.parts.map((p) => `part:${p.id}`),
    ...vocabulary.named.map((n) => `named:${n.id}`),
  ];
  const sets: TermSet[] = [
    ...vocabulary.themes,
    ...vocabulary.parts,
    ...vocabulary.named.map((n) => ({ terms: n.aliases.map((term): Term => ({ term, match: 'inflect' })) })),
  ];
  return { names, sets };
}

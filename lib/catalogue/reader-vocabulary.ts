/** What the page reader needs from a catalogue: situations, parts, and every resource's names. */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import type { Vocabulary } from '../matcher/reader.ts';

/** The catalogue with `fallback`'s situations and parts when it brings none (an old-format document). */
export function withVocabulary<T extends Pick<Catalogue, 'vocabulary' | 'parts'>>(
  catalogue: T,
  fallback: Pick<Catalogue, 'vocabulary' | 'parts'>,
): T {
  if (catalogue.vocabulary.length > 0) return catalogue;
  return { ...catalogue, vocabulary: fallback.vocabulary, parts: fallback.parts };
}

export function readerVocabulary(
  catalogue: Pick<Catalogue, 'vocabulary' | 'parts' | 'resources'>,
): Vocabulary {
  return {
    themes: catalogue.vocabulary,
    parts: catalogue.parts ?? [],
    named: catalogue.resources
      .filter((r) => r.aliases.length > 0)
      .map((r) => ({ id: r.id, aliases: r.aliases })),
  };
}

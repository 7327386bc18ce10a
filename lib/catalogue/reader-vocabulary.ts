/** What the page reader needs from a catalogue: situations, parts, and every resource's names. */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import type { Vocabulary } from '../matcher/reader.ts';

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

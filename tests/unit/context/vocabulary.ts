import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Theme, ThemeSchema } from '../../../data/vocabulary-schema.ts';

/** The real vocabulary from data/vocabulary/, validated as the build does. */
export function readVocabulary(): Theme[] {
  const dir = resolve(import.meta.dirname, '../../../data/vocabulary');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ThemeSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

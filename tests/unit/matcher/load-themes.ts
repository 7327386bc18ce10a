import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Theme, ThemeSchema } from '../../../data/vocabulary-schema.ts';

export const VOCAB_DIR = join(import.meta.dirname, '../../../data/vocabulary');

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

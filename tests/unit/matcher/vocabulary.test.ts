import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../data/themes.ts';
import { ThemeSchema } from '../../../data/vocabulary-schema.ts';
import { VOCAB_DIR, vocabularyFiles } from './load-themes.ts';

const RESOURCE_DIR = join(import.meta.dirname, '../../../data/resources');

describe('vocabulary files', () => {
  it('has exactly one file per theme id', () => {
    expect(vocabularyFiles()).toEqual([...THEME_IDS].sort().map((id) => `${id}.json`));
  });

  for (const file of vocabularyFiles()) {
    it(`${file} validates, matches its file name and points to existing resources`, () => {
      const theme = ThemeSchema.parse(JSON.parse(readFileSync(join(VOCAB_DIR, file), 'utf8')));
      expect(`${theme.id}.json`).toBe(file);
      expect(theme.sources.length).toBeGreaterThan(0);
      const terms = theme.terms.map((t) => t.term.toLowerCase());
      expect(new Set(terms).size).toBe(terms.length);
      for (const r of theme.resources)
        expect(existsSync(join(RESOURCE_DIR, `${r.id}.json`)), r.id).toBe(true);
    });
  }

  it('rejects a theme with an unknown id, an empty term list or a weight above 1', () => {
    const ok = {
      id: 'hbtqi',
      label: 'hbtq',
      labelEn: 'LGBTQ',
      terms: [{ term: 'hbtq' }],
      resources: [{ id: 'x', weight: 1 }],
    };
    expect(ThemeSchema.safeParse(ok).success).toBe(true);
    expect(ThemeSchema.safeParse({ ...ok, id: 'other' }).success).toBe(false);
    expect(ThemeSchema.safeParse({ ...ok, terms: [] }).success).toBe(false);
    expect(ThemeSchema.safeParse({ ...ok, resources: [{ id: 'x', weight: 2 }] }).success).toBe(false);
    expect(ThemeSchema.safeParse({ ...ok, terms: [{ term: 'två  mellanslag' }] }).success).toBe(false);
  });
});

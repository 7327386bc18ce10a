import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../data/themes.ts';
import { PartSchema, ThemeSchema } from '../../../data/vocabulary-schema.ts';
import { VOCAB_DIR, vocabularyFiles } from './load-themes.ts';

const PART_DIR = join(VOCAB_DIR, 'parts');
const partFiles = () =>
  readdirSync(PART_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort();

describe('vocabulary files', () => {
  it('has exactly one file per situation id', () => {
    expect(vocabularyFiles()).toEqual([...THEME_IDS].sort().map((id) => `${id}.json`));
  });

  for (const file of vocabularyFiles()) {
    it(`${file} validates, matches its file name and combines only existing parts`, () => {
      const theme = ThemeSchema.parse(JSON.parse(readFileSync(join(VOCAB_DIR, file), 'utf8')));
      expect(`${theme.id}.json`).toBe(file);
      expect(theme.sources.length).toBeGreaterThan(0);
      const terms = theme.terms.map((t) => t.term.toLowerCase());
      expect(new Set(terms).size).toBe(terms.length);
      for (const combo of theme.combos)
        for (const part of combo.parts) expect(existsSync(join(PART_DIR, `${part}.json`)), part).toBe(true);
    });
  }

  for (const file of partFiles()) {
    it(`parts/${file} validates and matches its file name`, () => {
      const part = PartSchema.parse(JSON.parse(readFileSync(join(PART_DIR, file), 'utf8')));
      expect(`${part.id}.json`).toBe(file);
      const terms = part.terms.map((t) => t.term.toLowerCase());
      expect(new Set(terms).size).toBe(terms.length);
    });
  }

  it('rejects a situation with an unknown id, an empty term list, a bad combination or a resource list', () => {
    const ok = {
      id: 'hbtqi',
      label: 'hbtq',
      labelEn: 'LGBTQ',
      terms: [{ term: 'hbtq' }],
      combos: [{ parts: ['betalning', 'sexuellt'], within: 8 }],
    };
    expect(ThemeSchema.safeParse(ok).success).toBe(true);
    expect(ThemeSchema.safeParse({ ...ok, id: 'other' }).success).toBe(false);
    expect(ThemeSchema.safeParse({ ...ok, id: 'prostitution' }).success).toBe(false);
    expect(ThemeSchema.safeParse({ ...ok, terms: [] }).success).toBe(false);
    expect(ThemeSchema.safeParse({ ...ok, terms: [{ term: 'två  mellanslag' }] }).success).toBe(false);
    expect(ThemeSchema.safeParse({ ...ok, combos: [{ parts: ['betalning'] }] }).success).toBe(false);
    expect(ThemeSchema.safeParse({ ...ok, combos: [{ parts: ['a', 'b'], within: 30 }] }).success).toBe(false);
    // What serves a situation is said on the resource (data/schema.ts `serves`), never here.
    expect(ThemeSchema.safeParse({ ...ok, resources: [{ id: 'x', weight: 1 }] }).success).toBe(false);
  });
});

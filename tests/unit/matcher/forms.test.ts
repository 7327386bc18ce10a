/** Every vocabulary term, generated in the forms its match mode promises, is found in its theme. */
import { describe, expect, it } from 'vitest';
import type { Term } from '../../../data/vocabulary-schema.ts';
import { compileMatcher } from '../../../lib/matcher/index.ts';
import { loadThemes } from './load-themes.ts';

const themes = loadThemes();
const matcher = compileMatcher(themes);

const ascii = (s: string) => s.replace(/[åä]/g, 'a').replace(/ö/g, 'o');

function formsOf(t: Term): string[] {
  const base = t.term;
  const forms = [base, base.toUpperCase(), ascii(base), base.replace(/ /g, '-')];
  if (t.match === 'inflect' || t.match === 'stem') forms.push(`${base}s`, `${base}n`.replace(/nn$/, 'n'));
  if (t.match === 'stem') {
    const stem = /[ae]$/.test(base) && base.replace(/ /g, '').length >= 6 ? base.slice(0, -1) : base;
    forms.push(`${stem}erna`, `${stem}arna`, `${stem}slagen`, `${stem}-personer`, `${ascii(stem)}et`);
  }
  return forms;
}

describe('every term in its forms', () => {
  for (const theme of themes) {
    for (const t of theme.terms) {
      it(`${theme.id}: ${t.term} (${t.match})`, () => {
        for (const form of formsOf(t)) {
          const hit = matcher.scan(`Anteckning: ${form} noteras.`).hits.find((h) => h.theme === theme.id);
          expect(hit?.count, form).toBe(1);
          expect(hit?.negated, form).toBe(0);
        }
      });
    }
  }

  it('exact terms do not take endings, inflect terms do not take compounds', () => {
    expect(matcher.scan('smoeärende').hits).toEqual([]);
    expect(matcher.scan('torskfilé').hits).toEqual([]);
    expect(matcher.scan('torskarna').hits.map((h) => h.theme)).toEqual(['prostitution']);
  });
});

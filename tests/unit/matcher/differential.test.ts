/**
 * Differential test: lib/matcher must report exactly what the frozen reference (reference/, the
 * anchor-RegExp pass) reports, on the benchmark texts, on random text over the real vocabulary and
 * on random vocabularies. A new candidate pass may change speed, never results.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../data/themes.ts';
import { type Theme, ThemeSchema } from '../../../data/vocabulary-schema.ts';
import { compileMatcher } from '../../../lib/matcher/index.ts';
import { journalText } from '../../../scripts/bench/journal-text.ts';
import { loadThemes } from './load-themes.ts';
import { compileMatcher as compileReference } from './reference/index.ts';

const themes = loadThemes();
const current = compileMatcher(themes);
const reference = compileReference(themes);
const allTerms = themes.flatMap((t) => t.terms.map((x) => x.term));

function sameScan(matcherScan: (t: string) => unknown, referenceScan: (t: string) => unknown, text: string) {
  expect(matcherScan(text), JSON.stringify(text)).toEqual(referenceScan(text));
}

/** Vocabulary terms as written, shouted with hyphens, without å/ä/ö, cut short, plus noise. */
const realPiece = fc.oneof(
  fc.constantFrom(...allTerms),
  fc.constantFrom(...allTerms).map((s) => s.toUpperCase().replace(/ /g, '-')),
  fc.constantFrom(...allTerms).map((s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
  fc.constantFrom(...allTerms).map((s) => s.slice(0, Math.max(1, s.length - 2))),
  fc.constantFrom(...allTerms).map((s) => s.slice(1)),
  fc.constantFrom(' ', '  ', '-', '.', '\n', '\u00ad', '–', 'inte ', 'ej ', 'nej', 'men '),
  fc.constantFrom('röntgen', 'patient', 'erna', 'et', 's', 'x', 'ö', 'å', 'ä', 'Å', 'sex', 'köp', 'barn'),
  fc.constantFrom('ett', 'a', 'ab', 'ÿ', 'µ', 'İ', 'ß', '😀', '\u0301', '0', '9', '_', 'É'),
);

// Seconds on an idle machine; the shared one may take several times that.
describe('matcher equals the frozen reference', { timeout: 30_000 }, () => {
  it('on the four benchmark texts', () => {
    for (const [mb, twoByte] of [
      [1, false],
      [1, true],
      [5, false],
      [5, true],
    ] as const) {
      const text = journalText(mb * 1_000_000, twoByte, 42 + mb);
      expect(current.scan(text), `${mb} MB ${twoByte ? 'two' : 'one'}-byte`).toEqual(reference.scan(text));
    }
  });

  it('on random text over the real vocabulary', () => {
    const text = fc.array(realPiece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => sameScan(current.scan, reference.scan, t)),
      { numRuns: 3000 },
    );
  });

  it('on random vocabularies and text made of their words', () => {
    // ÿ, µ, ł, İ are compared by RegExp (no literal), ß and ø as literals of their own.
    const word = fc.oneof(
      { arbitrary: fc.stringMatching(/^[a-zåäöé]{1,7}$/), weight: 6 },
      { arbitrary: fc.stringMatching(/^[a-z0-9+]{1,4}$/), weight: 2 },
      { arbitrary: fc.stringMatching(/^[a-eÿµłßøİ]{1,4}$/), weight: 1 },
    );
    const term = fc.record({
      term: fc
        .array(word, { minLength: 1, maxLength: 3 })
        .chain((w) => fc.constantFrom(' ', '-').map((sep) => w.join(sep)))
        .filter((t) => t.length >= 2),
      match: fc.constantFrom('stem', 'inflect', 'exact'),
      prefixed: fc.boolean(),
    });
    const vocab = fc.array(fc.array(term, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });
    const glue = fc.constantFrom(
      ' ',
      '-',
      '.',
      ' inte ',
      '  ',
      '',
      'Ä',
      'A',
      'o',
      'er',
      'na',
      'Ÿ',
      'Μ',
      'Ł',
      'i\u0307',
    );
    fc.assert(
      fc.property(
        vocab,
        fc.array(fc.oneof(word, glue), { maxLength: 30 }),
        fc.nat(),
        (lists, parts, seed) => {
          const random: Theme[] = lists.map((terms, i) =>
            ThemeSchema.parse({
              id: THEME_IDS[i],
              label: 'tema',
              labelEn: 'theme',
              terms,
              resources: [{ id: 'bris', weight: 1 }],
            }),
          );
          const own = lists.flat().map((x) => x.term);
          // Their own terms, some upper-cased or joined by hyphens, between the random words.
          const mixed = own.map((t, i) => ((seed >> i) & 1 ? t.toUpperCase().replace(/ /g, '-') : t));
          const text = `${parts.join('')} ${mixed.join(parts[0] ?? ' ')} ${parts.slice(1).join('')}`;
          sameScan(compileMatcher(random).scan, compileReference(random).scan, text);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

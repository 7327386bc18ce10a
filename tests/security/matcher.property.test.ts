/**
 * The page matcher reads whatever a page holds. Random text, random Unicode and random vocabulary
 * must never make it throw or report malformed hits, and what it reports must come from the
 * vocabulary, not from the page around it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../data/themes.ts';
import { type Theme, ThemeSchema } from '../../data/vocabulary-schema.ts';
import { compileMatcher, MAX_WORDS, type ScanResult } from '../../lib/matcher/index.ts';
import { readJsonDir } from './data-files.ts';

const themes = readJsonDir('vocabulary').map(({ data }) => ThemeSchema.parse(data));
const real = compileMatcher(themes);
const RUNS = { numRuns: 200 };

function wellFormed(result: ScanResult): void {
  const seen = new Set<string>();
  for (const hit of result.hits) {
    expect(THEME_IDS).toContain(hit.theme);
    expect(seen.has(hit.theme)).toBe(false);
    seen.add(hit.theme);
    expect(hit.count).toBeGreaterThan(0);
    expect(hit.negated).toBeGreaterThanOrEqual(0);
    expect(hit.negated).toBeLessThanOrEqual(hit.count);
    expect(hit.words.length).toBeLessThanOrEqual(MAX_WORDS);
  }
}

/** Letters that fold, combine, or sit outside the BMP, and the punctuation notes are made of. */
const trickyChar = fc.constantFrom(
  'å',
  'Ä',
  'ö',
  'É',
  'ß',
  'İ',
  'ı',
  '\u0301',
  '\u00ad',
  '\u200b',
  '\u200d',
  '\ufeff',
  '\u2028',
  '😀',
  '𝔰',
  '\ud800',
  '\udc00',
  '-',
  ' ',
  '\n',
  '\t',
  '.',
  '…',
  '–',
  '"',
  "'",
  '/',
  '0',
  '9',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.oneof(trickyChar, fc.constantFrom('sex', 'köp', 'sexköp', 'hbtq', 'inte', 'ej', 'eskort')), {
      maxLength: 120,
    })
    .map((parts) => parts.join('')),
);

describe('matcher (lib/matcher) on random text', () => {
  it('never throws and reports well-formed hits', () => {
    fc.assert(
      fc.property(text, (t) => wellFormed(real.scan(t))),
      RUNS,
    );
  });

  it('reported words are vocabulary words seen in the text, never other page text', () => {
    fc.assert(
      fc.property(text, fc.string({ maxLength: 30 }), (t, canary) => {
        const result = real.scan(`${t} KANARIE${canary} ${t}`);
        for (const hit of result.hits)
          for (const word of hit.words) expect(word.toLowerCase()).not.toContain('kanarie');
      }),
      RUNS,
    );
  });

  it('counts the same whatever the text around a term', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (noise) => {
        const clean = noise.replace(/[\p{L}\p{N}\p{M}]/gu, ' ');
        const result = real.scan(`${clean} sexköp ${clean}`);
        expect(result.hits.find((h) => h.theme === 'sexkop')?.count).toBeGreaterThanOrEqual(1);
      }),
      RUNS,
    );
  });

  it('is linear enough on a hostile 1 MB page (no catastrophic backtracking)', () => {
    const hostile = `${'sex-'.repeat(50_000)}${'a'.repeat(400_000)}${'ö\u0301'.repeat(100_000)}`;
    const started = performance.now();
    wellFormed(real.scan(hostile));
    const ms = performance.now() - started;
    console.info(
      `matcher on ${(hostile.length / 1e6).toFixed(1)} M chars of hostile text: ${ms.toFixed(0)} ms`,
    );
    expect(ms).toBeLessThan(5_000);
  });
});

const word = fc.stringMatching(/^[a-zåäö]{2,10}$/);
const term = fc.record({
  term: fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  match: fc.constantFrom('stem', 'inflect', 'exact'),
  prefixed: fc.boolean(),
});

describe('matcher with random vocabulary', () => {
  it('compiles any valid vocabulary and finds each term in its own sentence', () => {
    const vocab = fc.array(fc.array(term, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(vocab, text, (termLists, noise) => {
        const random: Theme[] = termLists.map((terms, i) =>
          ThemeSchema.parse({
            id: THEME_IDS[i],
            label: 'tema',
            labelEn: 'theme',
            terms,
            resources: [{ id: 'bris', weight: 1 }],
          }),
        );
        const matcher = compileMatcher(random);
        wellFormed(matcher.scan(noise));
        for (const [i, theme] of random.entries()) {
          const t = theme.terms[0]?.term ?? '';
          const result = matcher.scan(`Anteckning. ${t}. Slut.`);
          // Another theme's term may contain this one; the term's own theme must be among the hits.
          const hit = result.hits.find((h) => h.theme === THEME_IDS[i]);
          const shadowed = random.some((other, j) => j !== i && other.terms.some((o) => o.term.includes(t)));
          if (!shadowed) expect(hit?.count, `${t} in theme ${i}`).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });
});

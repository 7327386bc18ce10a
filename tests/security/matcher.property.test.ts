/**
 * The page reader reads whatever a page holds. Random text, random Unicode and random vocabulary
 * must never make it throw or report malformed findings; what it reports must come from the
 * vocabulary and the catalogue, not from the page around it; and a blank line ends all context, so
 * a page's text units can be scanned apart and merged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../data/themes.ts';
import { type Part, PartSchema, type Theme, ThemeSchema } from '../../data/vocabulary-schema.ts';
import { readerVocabulary } from '../../lib/catalogue/reader-vocabulary.ts';
import {
  compileMatcher,
  MAX_WORDS,
  mergeScans,
  type ScanResult,
  type Vocabulary,
} from '../../lib/matcher/index.ts';
import { GENDERS } from '../../lib/matcher/types.ts';
import { type Known, knownIn, parsePatient } from '../../lib/page/page-report.ts';
import { summarizePatient } from '../../lib/rank/patient.ts';
import { readCatalogue } from '../../scripts/lib/read-data.ts';

const data = readCatalogue();
if (!data.ok) throw new Error('data/ does not validate');
const vocabulary = readerVocabulary(data.catalogue);
const known = knownIn(data.catalogue);
const real = compileMatcher(vocabulary, { year: 2026 });
const RUNS = { numRuns: 200 };

/** What the background would accept of it, and nothing that is not the vocabulary's or the catalogue's. */
function wellFormed(result: ScanResult, k: Known = known): void {
  const seen = new Set<string>();
  for (const hit of result.hits) {
    expect(THEME_IDS).toContain(hit.theme);
    expect(seen.has(hit.theme)).toBe(false);
    seen.add(hit.theme);
    expect(hit.count).toBeGreaterThan(0);
    for (const key of ['negated', 'denied', 'uncertain', 'hypothetical', 'other'] as const) {
      expect(hit[key]).toBeGreaterThanOrEqual(0);
      expect(hit[key]).toBeLessThanOrEqual(hit.count);
    }
    expect(hit.negated + hit.denied + hit.uncertain + hit.hypothetical).toBeLessThanOrEqual(hit.count);
    expect(hit.words.length).toBeLessThanOrEqual(MAX_WORDS);
    for (const word of hit.words) expect(k.word(word), word).toBe(true);
  }
  const named = new Set<string>();
  for (const n of result.named) {
    expect(k.resource(n.id), n.id).toBe(true);
    expect(named.has(n.id)).toBe(false);
    named.add(n.id);
    expect(n.count).toBeGreaterThan(0);
    expect(n.negated >= 0 && n.negated <= n.count).toBe(true);
  }
  const p = result.patient;
  for (const list of [p.ages, p.otherAges]) {
    expect(list.length).toBeLessThanOrEqual(3);
    for (const age of list) expect(Number.isInteger(age) && age >= 0 && age <= 130).toBe(true);
  }
  for (const g of GENDERS) expect(p.gender[g]).toBeGreaterThanOrEqual(0);
  expect(p.interpreter).toBeGreaterThanOrEqual(0);
  expect(p.languages.length).toBeLessThanOrEqual(3);
  // The summary the reader sends passes the background's own check.
  expect(parsePatient(summarizePatient(p))).not.toBeNull();
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
  '?',
  ':',
  '…',
  '–',
  '"',
  "'",
  '/',
  '0',
  '9',
);
/** Words the reader reacts to: terms, parts of combinations, cues, ages, languages, resource names. */
const noteWord = fc.constantFrom(
  'sex',
  'köp',
  'sexköp',
  'hbtq',
  'inte',
  'ej',
  'eskort',
  'förnekar',
  'misstanke om',
  'dottern',
  'hon',
  'han',
  'fått pengar',
  'sexuella',
  'slagit',
  'sambon',
  'Kvinna, 34 år',
  '15 år',
  'f. 2009',
  'tolk',
  'arabiska',
  'Terrafem',
  'Bris',
  'Nej.',
);
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.array(fc.oneof(trickyChar, noteWord), { maxLength: 120 }).map((parts) => parts.join('')),
);

describe('reader (lib/matcher) on random text', () => {
  it('never throws and reports well-formed findings', () => {
    fc.assert(
      fc.property(text, (t) => wellFormed(real.scan(t))),
      RUNS,
    );
  });

  it('reported words are vocabulary terms, never other page text', () => {
    fc.assert(
      fc.property(text, fc.string({ maxLength: 30 }), (t, canary) => {
        const result = real.scan(`${t} KANARIE${canary} ${t}`);
        for (const hit of result.hits)
          for (const word of hit.words) {
            expect(word.toLowerCase()).not.toContain('kanarie');
            expect(known.word(word), word).toBe(true);
          }
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

  it('a blank line ends all context: the scan of a + "\\n\\n" + b is the merge of the two', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const whole = real.scan(`${a}\n\n${b}`);
        const merged = mergeScans(real.scan(a), real.scan(b));
        expect(whole.hits).toEqual(merged.hits);
        expect(whole.named).toEqual(merged.named);
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
      `reader on ${(hostile.length / 1e6).toFixed(1)} M chars of hostile text: ${ms.toFixed(0)} ms`,
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
const alias = fc.array(fc.stringMatching(/^[A-ZÅÄÖ][a-zåäö]{2,8}$/), { minLength: 1, maxLength: 2 });

/** Whether `t` can be hidden by a term of another set that contains it or shares its words. */
const contains = (others: readonly string[], t: string) =>
  others.some((o) => o !== t && (o.includes(t) || t.includes(o)));

describe('reader with random vocabulary', () => {
  it("compiles any valid vocabulary and finds each situation's term, combination and name in its own sentence", () => {
    const vocab = fc.record({
      themes: fc.array(fc.array(term, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 3 }),
      parts: fc.array(fc.array(term, { minLength: 1, maxLength: 2 }), { minLength: 2, maxLength: 3 }),
      names: fc.array(alias, { maxLength: 3 }),
    });
    fc.assert(
      fc.property(vocab, text, (v, noise) => {
        const parts: Part[] = v.parts.map((terms, i) =>
          PartSchema.parse({ id: `del-${i}`, label: 'del', terms }),
        );
        const themes: Theme[] = v.themes.map((terms, i) =>
          ThemeSchema.parse({
            id: THEME_IDS[i],
            label: 'tema',
            labelEn: 'theme',
            terms,
            // The first situation may also be said by its first two parts together.
            combos: i === 0 ? [{ parts: ['del-0', 'del-1'], within: 8 }] : [],
          }),
        );
        const named = v.names.map((aliases, i) => ({ id: `resurs-${i}`, aliases }));
        const random: Vocabulary = { themes, parts, named };
        const matcher = compileMatcher(random, { year: 2026 });
        const k = knownIn({
          vocabulary: themes,
          parts,
          resources: named.map(({ id }) => ({ id })) as never,
        });
        wellFormed(matcher.scan(noise), k);
        const all = [...themes, ...parts].flatMap((s) => s.terms.map((t) => t.term));
        const names = named.flatMap((n) => n.aliases.map((a) => a.toLowerCase()));
        for (const [i, theme] of themes.entries()) {
          const t = theme.terms[0]?.term ?? '';
          const result = matcher.scan(`Anteckning. ${t}. Slut.`);
          wellFormed(result, k);
          // Another set's term may contain this one; the term's own situation must be among the hits.
          if (contains([...all, ...names], t)) continue;
          expect(
            result.hits.find((h) => h.theme === THEME_IDS[i])?.count,
            `${t} in ${i}`,
          ).toBeGreaterThanOrEqual(1);
        }
        const [p0, p1] = [parts[0]?.terms[0]?.term ?? '', parts[1]?.terms[0]?.term ?? ''];
        if (!contains([...all, ...names], p0) && !contains([...all, ...names], p1)) {
          const combo = matcher.scan(`Anteckning. Hon har ${p0} och ${p1}. Slut.`);
          expect(
            combo.hits.find((h) => h.theme === THEME_IDS[0])?.count,
            `${p0} + ${p1}`,
          ).toBeGreaterThanOrEqual(1);
        }
        for (const n of named) {
          const a = n.aliases[0] ?? '';
          if (contains([...all, ...names], a.toLowerCase())) continue;
          const result = matcher.scan(`Hänvisad till ${a}. Slut.`);
          expect(result.named.find((x) => x.id === n.id)?.count, a).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/**
 * Ranking only the resources that can score (lib/rank/candidates.ts) gives exactly the suggestions
 * ranking the whole list gives: for the bundled catalogue and a national one, for any mix of
 * situations, modifiers, named resources, patient values, age, region and opening state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import { THEME_IDS } from '../../../data/themes.ts';
import { candidatesFor } from '../../../lib/rank/candidates.ts';
import { type PageFindings, type RankOptions, rankSuggestions } from '../../../lib/rank/index.ts';
import { nationalDocument } from '../../../scripts/national-document.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

const BUNDLE = await realCatalogue();
const NATIONAL = [...BUNDLE.resources, ...(nationalDocument({ count: 1500 }).resources as Resource[])];

const count = fc.nat(4);
const hit = fc
  .record({
    theme: fc.constantFrom(...THEME_IDS),
    count: fc.integer({ min: 1, max: 6 }),
    negated: count,
    denied: count,
    uncertain: count,
    hypothetical: count,
    other: count,
  })
  .map((h) => ({ ...h, words: [] }));

function findings(resources: readonly Resource[]) {
  return fc.record({
    hits: fc.uniqueArray(hit, { selector: (h) => h.theme, maxLength: 4 }),
    named: fc.array(
      fc.record({
        id: fc.constantFrom(...resources.map((r) => r.id), 'finns-inte'),
        count: fc.integer({ min: 1, max: 3 }),
        negated: fc.nat(2),
      }),
      { maxLength: 2 },
    ),
    patient: fc.record({
      age: fc.option(fc.integer({ min: 2, max: 90 })),
      otherAge: fc.option(fc.integer({ min: 2, max: 90 })),
      otherGender: fc.constantFrom(null, 'woman', 'man'),
      gender: fc.constantFrom(null, 'female', 'male'),
      interpreter: fc.boolean(),
      languages: fc.constantFrom([], ['ar'], ['sv', 'en']),
      children: fc.boolean(),
    }),
  }) as fc.Arbitrary<PageFindings>;
}

const options = fc.record({
  homeRegion: fc.constantFrom('13', '01', '24'),
  age: fc.option(fc.integer({ min: 5, max: 70 }), { nil: undefined }),
  ageGroup: fc.constantFrom(undefined, 'under15', '15-17', '18-25', 'over25'),
  open: fc.nat(2),
}) as fc.Arbitrary<Omit<RankOptions, 'isOpen'> & { open: number }>;

describe('ranking the candidates only', () => {
  it.each([
    ['the bundled catalogue', BUNDLE.resources],
    ['a national catalogue', NATIONAL],
  ])(
    'suggests what ranking every resource suggests, for %s',
    (_name, resources) => {
      fc.assert(
        fc.property(findings(resources), options, (page, { open, ...rest }) => {
          const opts: RankOptions = Object.fromEntries(
            Object.entries(rest).filter(([, v]) => v !== undefined),
          );
          // Open, closed or unknown by id, the same for both.
          opts.isOpen = (id) => [true, false, 'unknown' as const][(id.length + open) % 3] ?? 'unknown';
          const candidates = candidatesFor(page, resources);
          expect(rankSuggestions(page, candidates, BUNDLE.vocabulary, opts)).toEqual(
            rankSuggestions(page, resources, BUNDLE.vocabulary, opts),
          );
        }),
        { numRuns: 150 },
      );
    },
    60_000,
  );

  it('leaves out what serves none of the situations found, and keeps what the page names', () => {
    const page: PageFindings = {
      hits: [
        {
          theme: 'hedersrelaterat',
          count: 1,
          negated: 0,
          denied: 0,
          uncertain: 0,
          hypothetical: 0,
          other: 0,
          words: [],
        },
      ],
      named: [{ id: 'kvinnofridslinjen', count: 1, negated: 0 }],
    };
    const candidates = candidatesFor(page, NATIONAL);
    expect(candidates.length).toBeLessThan(NATIONAL.length / 2);
    expect(candidates.map((r) => r.id)).toContain('kvinnofridslinjen');
    for (const r of candidates)
      expect(
        r.id === 'kvinnofridslinjen' ||
          (r.serves.hedersrelaterat ?? 0) > 0 ||
          (r.serves['barn-sexuell-exploatering'] ?? 0) > 0,
      ).toBe(true);
  });
});

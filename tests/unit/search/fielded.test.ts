/**
 * The search the pages run (over columns and tokens, lib/search/fielded.ts) must give exactly what
 * the plain searcher over per-entry strings gives: the same ids, scores and fields, in the same
 * order, for the bundled catalogue and for generated national ones, typed letter by letter, with
 * typos, synonyms, phone numbers and a home region.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import synonymsJson from '../../../data/synonyms.json' with { type: 'json' };
import { parseSynonyms } from '../../../lib/catalogue/synonyms.ts';
import { type FieldSet, fieldedOf } from '../../../lib/search/columns.ts';
import { createFieldedSearcher } from '../../../lib/search/fielded.ts';
import { createSearcher, prepareSearchData } from '../../../lib/search/index.ts';
import type { SearchData } from '../../../lib/search/types.ts';
import { generateCatalogue } from '../../../scripts/bench/gen-catalogue.ts';
import { nationalDocument } from '../../../scripts/national-document.ts';
import { realCatalogue } from '../catalogue-fixture.ts';
import { FIXTURES } from './fixtures.ts';

const synonyms = parseSynonyms(synonymsJson);
const typed = (q: string) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1));

function pair(data: SearchData) {
  return { plain: createSearcher(data, synonyms), fielded: createFieldedSearcher(fieldedOf(data), synonyms) };
}

function expectSame(data: SearchData, queries: readonly string[], limits = [8, 50]): void {
  const { plain, fielded } = pair(data);
  for (const q of queries)
    for (const limit of limits)
      for (const homeRegion of [null, '13', '01']) {
        const opts = { limit, homeRegion };
        expect(fielded.search(q, opts), `${JSON.stringify(q)} ${limit} ${homeRegion}`).toEqual(
          plain.search(q, opts),
        );
      }
}

const TYPED = [
  'ungdomsmottagningen halmstad',
  'ungdomsmottagning halmstad',
  'kvinojouren lund',
  'kvinnofridslinjen',
  'socialjouren',
  'mikamottagningen',
  'sjalvskadelinejn varberg',
  'manniskohandelsteamet',
  'trafficking',
  'hbtq',
  'stod till unga',
  '000-123',
  '020 390 000',
  'våld i nära relation',
  // Trainings and reports: below the contacts, unless every word is in their name.
  'människohandel webbutbildning',
  'sex mot ersättning vuxna',
  'sex mot ersättning',
  'trafficking',
];

describe('the column search gives what the plain search gives', () => {
  it('on the bundled catalogue, letter by letter', async () => {
    const catalogue = await realCatalogue();
    expectSame(catalogue.search, TYPED.flatMap(typed));
  }, 60_000);

  it('on a generated catalogue of 1,500 entries, letter by letter', () => {
    expectSame(prepareSearchData([...FIXTURES, ...generateCatalogue(1500)]), TYPED.flatMap(typed));
  }, 60_000);

  it('on the national document of 2,000 entries (the same name in many towns)', () => {
    const doc = nationalDocument({ count: 2000, version: '2099-01-01.1' });
    const data = prepareSearchData(doc.resources as never);
    expectSame(data, [...TYPED.flatMap(typed), 'u', 'a', 'x', '3', 'kvinojour', 'ungdomsmotagningen']);
  }, 60_000);

  it('for any query made of catalogue words with typos, extra letters and digits', () => {
    const data = prepareSearchData([...FIXTURES, ...generateCatalogue(400)]);
    const { plain, fielded } = pair(data);
    const word = fc.constantFrom(
      'kvinnojour',
      'ungdom',
      'mottagning',
      'halmstad',
      'stod',
      'vald',
      'linjen',
      'jour',
      'unga',
      'hbtq',
      'rfsl',
    );
    const typo = fc.tuple(word, fc.nat(12), fc.constantFrom('', 'x', 'e', 'a')).map(([w, at, c]) => {
      const i = at % (w.length + 1);
      return `${w.slice(0, i)}${c}${w.slice(i + (c === '' ? 1 : 0))}`;
    });
    const query = fc
      .array(fc.oneof(word, typo, fc.stringMatching(/^[a-zåäö0-9 -]{1,6}$/)), { minLength: 1, maxLength: 3 })
      .map((ws) => ws.join(' '));
    fc.assert(
      fc.property(query, fc.constantFrom(null, '13'), (q, homeRegion) => {
        const opts = { limit: 20, homeRegion };
        expect(fielded.search(q, opts)).toEqual(plain.search(q, opts));
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('gives contacts before what is read, and a course first when the query names it, as the plain search does', async () => {
    const { search } = await realCatalogue();
    const { plain, fielded } = pair(search);
    const kinds = new Map(search.ids.map((id, i) => [id, search.kinds?.[i]]));
    const reading = (q: string) =>
      fielded
        .search(q, { limit: 50 })
        .filter((h) => ['training', 'report', 'information'].includes(kinds.get(h.id) ?? ''));
    // The named course's bonus is in play: some query lists a course first, some lists it lower.
    expect(reading('sex mot ersättning vuxna').length).toBeGreaterThan(0);
    for (const q of ['sex mot ersättning vuxna', 'människohandel', 'trafficking'])
      expect(fielded.search(q, { limit: 50 }), q).toEqual(plain.search(q, { limit: 50 }));
    const without = { ...fieldedOf(search), kinds: null };
    const { kinds: _, ...withoutKinds } = search;
    const old = createSearcher(withoutKinds, synonyms);
    for (const q of ['människohandel', 'sex mot ersättning vuxna'])
      expect(createFieldedSearcher(without, synonyms).search(q), q).toEqual(old.search(q));
  });

  it('without purpose and description it finds only the other fields, and says it is not complete', () => {
    const data = prepareSearchData(FIXTURES);
    const full = createFieldedSearcher(fieldedOf(data), synonyms);
    const partial = createFieldedSearcher({ ...fieldedOf(data), secondary: null }, synonyms);
    expect([full.complete, partial.complete]).toEqual([true, false]);
    const hits = full.search('stod', { limit: 50 });
    const primaryOnly = hits.filter((h) => h.field !== 'purpose' && h.field !== 'description');
    expect(primaryOnly.length).toBeLessThan(hits.length);
    expect(partial.search('stod', { limit: 50 })).toEqual(primaryOnly);
    // Purpose and description arriving later give what a searcher built with them gives.
    const later = partial.withSecondary(fieldedOf(data).secondary as FieldSet);
    expect(later.complete).toBe(true);
    for (const q of ['stod', 'kvinofrid', 'unga', '020', 'samtal'])
      expect(later.search(q)).toEqual(full.search(q));
  });
});

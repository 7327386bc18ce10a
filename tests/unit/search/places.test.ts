/**
 * A national catalogue: the same service name in many towns. The town, the municipality and the
 * county are searchable, and entries only for other regions come after the home region's.
 */
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import { resultList } from '../../../lib/results/result-list.ts';
import { fieldedOf } from '../../../lib/search/columns.ts';
import { createFieldedSearcher } from '../../../lib/search/fielded.ts';
import { createSearcher, prepareSearchData } from '../../../lib/search/index.ts';
import { NO_FILTERS } from '../../../lib/storage/user-data.ts';
import { resource } from './fixtures.ts';

const clinic = (
  id: string,
  organisation: string,
  coverage: Resource['coverage'],
  address?: string,
): Resource => ({
  ...resource(id, 'Ungdomsmottagningen', 'Samtal, preventivmedel och tester för unga', { organisation }),
  coverage,
  channels: address ? [{ type: 'visit', address, hours: 'unknown' }] : [],
});

// Ids sort the other regions first, so a result order by id alone would put them on top.
const RESOURCES: Resource[] = [
  clinic('a-um-goteborg', 'Göteborgs Stad', {
    scope: 'regions',
    regions: ['14'],
    municipalities: ['Göteborg'],
  }),
  clinic('b-um-malmo', 'Malmö stad', { scope: 'regions', regions: ['12'] }, 'Stora Nygatan 1, Malmö'),
  clinic('c-um-stockholm', 'Region Stockholm', {
    scope: 'regions',
    regions: ['01'],
    municipalities: ['Stockholm'],
  }),
  clinic('x-um-halmstad', 'Region Halland', {
    scope: 'regions',
    regions: ['13'],
    municipalities: ['Halmstad'],
  }),
  clinic(
    'y-um-varberg',
    'Region Halland',
    { scope: 'regions', regions: ['13'] },
    'Östra Långgatan 5, Varberg',
  ),
  {
    ...resource('z-umo', 'UMO', 'Ungdomsmottagningen på nätet', { keywords: ['ungdomsmottagningen'] }),
    coverage: { scope: 'national' },
  },
];
const data = prepareSearchData(RESOURCES);
const searcher = createSearcher(data);
const ids = (q: string, homeRegion?: string | null) =>
  searcher.search(q, homeRegion === undefined ? {} : { homeRegion }).map((h) => h.id);

describe('places in the search', () => {
  it('finds a clinic by municipality, by the town of its address and by county', () => {
    expect(ids('ungdomsmottagning halmstad')).toEqual(['x-um-halmstad']);
    expect(ids('ungdomsmottagningen varberg')).toEqual(['y-um-varberg']);
    expect(ids('ungdomsmottagning malmo')).toEqual(['b-um-malmo']);
    expect(ids('ungdomsmottagning goteborg')).toEqual(['a-um-goteborg']);
    expect(ids('ungdomsmottagning hallands')).toEqual(['x-um-halmstad', 'y-um-varberg']);
    // The place first: found in its own field, and tolerant of a typo like the rest.
    expect(searcher.search('halmstad ungdomsmottagning')[0]).toMatchObject({
      id: 'x-um-halmstad',
      field: 'place',
    });
    expect(ids('ungdomsmottagning halmstd')).toEqual(['x-um-halmstad']);
  });

  it('without a home region, keeps the order it had (score, then id)', () => {
    expect(ids('ungdomsmottagningen').slice(0, 5)).toEqual([
      'a-um-goteborg',
      'b-um-malmo',
      'c-um-stockholm',
      'x-um-halmstad',
      'y-um-varberg',
    ]);
  });

  it('puts the home region and national entries before those only for other regions', () => {
    const halland = ids('ungdomsmottagningen', '13');
    expect(halland.slice(0, 2)).toEqual(['x-um-halmstad', 'y-um-varberg']);
    expect(halland.slice(2, 5).sort()).toEqual(['a-um-goteborg', 'b-um-malmo', 'c-um-stockholm']);
    expect(ids('ungdomsmottagningen', '14')[0]).toBe('a-um-goteborg');
    // Typos too: the order is not only for exact hits.
    expect(ids('ungdomsmotagningen', '01')[0]).toBe('c-um-stockholm');
  });

  it('never lifts an entry above a better field: a name hit of another region beats a keyword hit at home', () => {
    const hits = searcher.search('ungdomsmottagningen', { homeRegion: '13' });
    const umo = hits.find((h) => h.id === 'z-umo');
    const goteborg = hits.find((h) => h.id === 'a-um-goteborg');
    expect(umo?.field).toBe('keywords');
    expect(goteborg?.field).toBe('name');
    expect(goteborg?.score ?? 0).toBeGreaterThan(umo?.score ?? 0);
  });

  it('reaches the popup list: the home region first even when the hits are more than the list shows', () => {
    const many: Resource[] = [];
    for (let i = 0; i < 80; i++)
      many.push(
        clinic(`a-other-${String(i).padStart(2, '0')}`, `Kommun ${i}`, { scope: 'regions', regions: ['01'] }),
      );
    many.push(
      clinic('z-home', 'Region Halland', {
        scope: 'regions',
        regions: ['13'],
        municipalities: ['Falkenberg'],
      }),
    );
    const all = createSearcher(prepareSearchData(many));
    const list = (homeRegion: string | null) =>
      resultList({
        rows: {
          count: many.length,
          byName: many.map((_, i) => i),
          row: (i) => many[i] as Resource,
          indexOf: (id) => {
            const at = many.findIndex((r) => r.id === id);
            return at < 0 ? undefined : at;
          },
        },
        searcher: all,
        query: 'ungdomsmottagningen',
        filters: NO_FILTERS,
        favourites: [],
        recent: [],
        now: new Date('2026-12-01T10:00:00Z'),
        homeRegion,
        detail: () => null,
      }).entries.map((e) => e.resource.id);
    expect(list('13')[0]).toBe('z-home');
    expect(list(null)).not.toContain('z-home');
  });

  it('reads data prepared before places and regions (three offsets, no regions) as before', () => {
    const old = {
      ...data,
      primary: data.primary.map((p) => p.split(' | ').slice(0, 4).join(' | ')),
      primaryOffsets: data.primaryOffsets.map((o) => [o[0], o[1], o[2]] as [number, number, number]),
    };
    delete (old as { regions?: string[] }).regions;
    const legacy = createSearcher(old);
    expect(
      legacy
        .search('ungdomsmottagningen', { homeRegion: '13' })
        .map((h) => h.id)
        .slice(0, 3),
    ).toEqual(['a-um-goteborg', 'b-um-malmo', 'c-um-stockholm']);
    expect(legacy.search('umo')[0]).toMatchObject({ id: 'z-umo', field: 'name' });
    // The pages' search in columns reads it the same way.
    const columns = createFieldedSearcher(fieldedOf(old));
    for (const q of ['ungdomsmottagningen', 'umo', 'halmstad', 'halland', 'preventivmedel'])
      expect(columns.search(q, { homeRegion: '13' }), q).toEqual(legacy.search(q, { homeRegion: '13' }));
  });
});

import { describe, expect, it } from 'vitest';
import synonymsJson from '../../../data/synonyms.json' with { type: 'json' };
import { parseSynonyms } from '../../../lib/catalogue/synonyms.ts';
import { createSearcher, prepareSearchData, toNeedle } from '../../../lib/search/index.ts';
import { FIXTURES, resource } from './fixtures.ts';

const data = prepareSearchData(FIXTURES);
const searcher = createSearcher(data, parseSynonyms(synonymsJson));
const ids = (q: string) => searcher.search(q).map((h) => h.id);

describe('prepareSearchData', () => {
  it('is plain JSON that survives a round trip', () => {
    const copy = JSON.parse(JSON.stringify(data));
    expect(copy).toEqual(data);
    expect(createSearcher(copy).search('kvinnofrid')[0]?.id).toBe('kvinnofridslinjen');
  });

  it('stores folded text and phone digits only', () => {
    expect(data.primary.join(' ')).not.toMatch(/[A-ZÅÄÖåäö]/);
    expect(data.phones[data.ids.indexOf('nmt-stodtelefon')]).toBe('020390000');
  });
});

describe('ranking', () => {
  it('puts a name hit above a keyword hit above a description hit', () => {
    const hits = searcher.search('mottagning');
    expect(hits.map((h) => [h.id, h.field])).toEqual([
      ['ungdomsmottagningar-halland', 'name'],
      ['tagged', 'keywords'],
      ['described', 'description'],
    ]);
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('names the field that matched', () => {
    expect(searcher.search('RFSL')[0]).toMatchObject({ id: 'pegasus', field: 'organisation' });
    expect(searcher.search('sexuellt våld')[0]).toMatchObject({ id: 'kvinnofridslinjen', field: 'theme' });
  });

  it('respects the limit', () => {
    expect(searcher.search('a', { limit: 2 })).toHaveLength(2);
    expect(searcher.search('a', { limit: 0 })).toEqual([]);
  });
});

describe('matching', () => {
  it.each([
    ['kvinofrid', 'kvinnofridslinjen'],
    ['KVINNOFRIDSLINJEN', 'kvinnofridslinjen'],
    ['fridslinjen', 'kvinnofridslinjen'],
    ['kvinnofridslinjne', 'kvinnofridslinjen'],
    ['ungdomsmotagning', 'ungdomsmottagningar-halland'],
    ['metodstödsteam', 'nmt-stodtelefon'],
    ['metodstodsteam', 'nmt-stodtelefon'],
    ['pegasus rfsl', 'pegasus'],
  ])('%j finds %s first', (q, id) => {
    expect(ids(q)[0]).toBe(id);
  });

  it.each(['020390000', '020-39 00 00', '020-390 000', '0203900', '+46 20 390 000'])('phone %j', (q) => {
    expect(searcher.search(q)[0]).toMatchObject({ id: 'nmt-stodtelefon', field: 'phone' });
  });

  it('does not match a phone number by a two-digit start or by digits that differ', () => {
    expect(ids('02')).not.toContain('nmt-stodtelefon');
    expect(ids('020391111')).not.toContain('nmt-stodtelefon');
  });

  it('uses synonyms, but ranks a direct hit above one found only through a synonym', () => {
    expect(ids('nmt')[0]).toBe('nmt-stodtelefon');
    expect(ids('smoe')).toContain('pegasus');
    const trafficking = searcher.search('trafficking');
    expect(trafficking[0]?.id).toBe('tagged');
    expect(trafficking.map((h) => h.id)).toContain('nmt-stodtelefon');
  });

  it('finds nothing through synonyms when created without them', () => {
    expect(createSearcher(data).search('nmt')).toEqual([]);
  });

  it('finds nothing for an unrelated word', () => {
    expect(ids('xylofon')).toEqual([]);
  });
});

describe('unhappy paths', () => {
  it.each(['', '   ', '\n\t', '(', '[', '*', '\\', '.*', '-', '"', '😀', '?+|^$'])(
    '%j gives [] without throwing',
    (q) => {
      expect(searcher.search(q)).toEqual([]);
    },
  );

  it('survives regex metacharacters around real words', () => {
    expect(ids('(kvinnofrid*')[0]).toBe('kvinnofridslinjen');
    expect(ids('[pegasus]\\')[0]).toBe('pegasus');
    expect(ids('"-pegasus"')[0]).toBe('pegasus');
  });

  it('handles a 500-character query quickly', () => {
    const long = 'kvinnofridslinjen '.repeat(28).slice(0, 500);
    const t0 = performance.now();
    const hits = searcher.search(long);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(Array.isArray(hits)).toBe(true);
    expect(toNeedle(long).length).toBeLessThanOrEqual(64);
  });

  it('works on an empty catalogue and on a resource without keywords or phones', () => {
    expect(createSearcher(prepareSearchData([])).search('kvinnofrid')).toEqual([]);
    const one = createSearcher(prepareSearchData([resource('x-y', 'Ett namn', 'Ett syfte som är långt')]));
    expect(one.search('namn')[0]?.id).toBe('x-y');
    expect(one.search('020390000')).toEqual([]);
  });
});

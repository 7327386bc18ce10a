import { describe, expect, it } from 'vitest';
import synonymsJson from '../../../data/synonyms.json' with { type: 'json' };
import { parseSynonyms } from '../../../lib/catalogue/synonyms.ts';
import { expandQuery, foldGroups } from '../../../lib/search/synonyms.ts';

const groups = foldGroups(parseSynonyms(synonymsJson));

describe('data/synonyms.json', () => {
  it('passes the schema and holds the abbreviations the field uses', () => {
    const all = groups.flat();
    for (const t of [
      'nmt',
      'smoe',
      'hbtq',
      'hbtqi',
      'hbtq+',
      'hbt',
      'trafficking',
      'manniskohandel',
      'sugardating',
      'sugardejting',
    ]) {
      expect(all).toContain(t);
    }
  });

  it('rejects a one-term group, a duplicate after folding and unknown keys', () => {
    expect(() => parseSynonyms({ groups: [{ terms: ['nmt'] }] })).toThrow();
    expect(() => parseSynonyms({ groups: [{ terms: ['Jämy', 'JAMY'] }] })).toThrow(/same/);
    expect(() => parseSynonyms({ groups: [{ terms: ['a b', 'c d'], extra: 1 }] })).toThrow();
    expect(() => parseSynonyms({ groups: [{ terms: ['--', 'ok'] }] })).toThrow();
    expect(() => parseSynonyms({})).toThrow();
  });
});

describe('expandQuery', () => {
  it('replaces an abbreviation by its long forms and back', () => {
    expect(expandQuery('nmt', groups)).toContain('nationellt metodstodsteam');
    expect(expandQuery('nationellt metodstodsteam', groups)).toContain('nmt');
    expect(expandQuery('smoe', groups)).toContain('sex mot ersattning');
  });

  it('keeps the other words of the query', () => {
    expect(expandQuery('trafficking barn', groups)).toContain('manniskohandel barn');
  });

  it('expands a term still being typed, but not a 3-letter start', () => {
    expect(expandQuery('sugardat', groups)).toContain('sugardejting');
    expect(expandQuery('sug', groups)).toEqual([]);
  });

  it('does not match inside other words', () => {
    expect(expandQuery('anmtx', groups)).toEqual([]);
    expect(expandQuery('', groups)).toEqual([]);
  });

  it('joins every hbtq spelling', () => {
    const out = expandQuery('hbtq+', groups);
    expect(out).toEqual(expect.arrayContaining(['hbtq', 'hbtqi', 'hbt']));
  });
});

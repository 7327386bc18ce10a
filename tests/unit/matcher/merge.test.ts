import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileMatcher, createTally, mergeScans, subtractScan } from '../../../lib/matcher/index.ts';
import { loadThemes } from './load-themes.ts';

const matcher = compileMatcher(loadThemes());
const SEPARATOR = '.\n';

/** Random text built from vocabulary-ish fragments, negation cues and arbitrary Unicode. */
const fragment = fc.oneof(
  fc.constantFrom(
    'sex mot ersättning',
    'förnekar',
    'inte',
    'hbtq',
    '-personer',
    'eskort',
    'till röntgen',
    'sexköp',
    'slagen',
    'människohandel',
    'manniskohandel',
    ' ',
    ', ',
    '. ',
    '\n',
    'å',
    'ä',
    'ö',
    'Ö',
    '–',
    '→',
    'sälja',
    'sex',
    'torsk',
  ),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const text = fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(''));

describe('scan properties', () => {
  it('never throws on random text; counts are non-negative and negated ≤ count', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const h of matcher.scan(t).hits) {
          expect(h.count).toBeGreaterThan(0);
          expect(h.negated).toBeGreaterThanOrEqual(0);
          expect(h.negated).toBeLessThanOrEqual(h.count);
          expect(h.words.length).toBeLessThanOrEqual(5);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scanning a concatenation with a clause break equals merging the scans of the parts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        expect(matcher.scan(a + SEPARATOR + b)).toEqual(mergeScans(matcher.scan(a), matcher.scan(b)));
      }),
      { numRuns: 300 },
    );
  });

  it('subtracting a merged part gives back the other counts', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const sa = matcher.scan(a);
        const sb = matcher.scan(b);
        const back = subtractScan(mergeScans(sa, sb), sb);
        const counts = (s: typeof sa) => s.hits.map((h) => [h.theme, h.count, h.negated]);
        expect(counts(back)).toEqual(counts(sa));
      }),
      { numRuns: 200 },
    );
  });
});

describe('createTally', () => {
  it('keeps an exact total while nodes change and disappear', () => {
    const tally = createTally<string>();
    tally.set('a', matcher.scan('sex mot ersättning'));
    tally.set('b', matcher.scan('hbtq och sex mot ersättning'));
    tally.set('c', matcher.scan('stukad fotled'));
    expect(tally.size).toBe(2);
    expect(tally.total().hits.map((h) => [h.theme, h.count])).toEqual([
      ['sex-mot-ersattning', 2],
      ['hbtqi', 1],
    ]);
    tally.set('b', matcher.scan('förnekar sex mot ersättning'));
    expect(tally.total().hits).toEqual([
      { theme: 'sex-mot-ersattning', count: 2, negated: 1, words: ['sex mot ersättning'] },
    ]);
    tally.delete('a');
    tally.delete('b');
    expect(tally.total().hits).toEqual([]);
  });

  it('subtractScan never goes below zero and drops emptied themes', () => {
    const one = matcher.scan('hbtq');
    expect(subtractScan(one, mergeScans(one, one)).hits).toEqual([]);
  });
});

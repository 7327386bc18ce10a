/**
 * The facts about uFuzzy's typo rules that incremental narrowing (lib/search/scan.ts) relies
 * on. If an upgrade of @leeoniya/ufuzzy changes its rules, these fail before results do.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Memo } from '../../../lib/search/memo.ts';
import { fuzzy, Haystack, TermScanner } from '../../../lib/search/scan.ts';

// A 4-letter alphabet makes near-misses (one edit away) common.
const word = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), minLength: min, maxLength: max });
const hay = fc.array(
  fc.tuple(word(2, 10), word(0, 6)).map(([a, b]) => `${a} ${b}`),
  { minLength: 20, maxLength: 80 },
);
const match = (list: string[], term: string) => fuzzy.filter(list, term) ?? [];

describe('uFuzzy rules behind incremental narrowing', () => {
  it('a match of a term of ≥ 5 letters plus more letters also matches the term', () => {
    fc.assert(
      fc.property(hay, word(5, 8), word(1, 3), (list, term, more) => {
        const shorter = new Set(match(list, term));
        for (const idx of match(list, term + more))
          expect(shorter.has(idx), `${list[idx]} ${term}+${more}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('does not hold below 5 letters: "kvxin" matches "kvin" but not "kvi"', () => {
    expect(match(['kvxin'], 'kvin')).toEqual([0]);
    expect(match(['kvxin'], 'kvi')).toEqual([]);
  });

  it('matches terms without a run of 3 letters exactly (substring), so no regex is needed', () => {
    const term = fc.string({ unit: fc.constantFrom('a', 'b', '1', '2'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(hay, term, (list, t) => {
        fc.pre(!/[a-z]{3}/.test(t));
        expect(match(list, t)).toEqual(list.flatMap((s, i) => (s.includes(t) ? [i] : [])));
      }),
      { numRuns: 200 },
    );
  });
});

describe('TermScanner', () => {
  /** What uFuzzy itself says: entries matching every term. */
  const reference = (list: string[], terms: string[]) =>
    list.flatMap((_, i) => (terms.every((t) => match([list[i] ?? ''], t).length > 0) ? [i] : []));
  const terms = fc.array(word(1, 7), { minLength: 1, maxLength: 2 });

  it('finds what uFuzzy finds, typed at once or letter by letter (prefix rules, exact short terms)', () => {
    fc.assert(
      fc.property(hay, terms, (list, query) => {
        const expected = reference(list, query);
        expect(new TermScanner(new Haystack(list), true).matchAll(query)).toEqual(expected);
        const typing = new TermScanner(new Haystack(list), true);
        const text = query.join(' ');
        for (let i = 1; i <= text.length; i++) typing.matchAll(text.slice(0, i).split(' ').filter(Boolean));
        expect(typing.matchAll(query)).toEqual(expected);
        for (let i = text.length - 1; i >= 1; i--) {
          const shorter = text.slice(0, i).split(' ').filter(Boolean);
          expect(typing.matchAll(shorter)).toEqual(reference(list, shorter));
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('Memo', () => {
  it('forgets the least recently used entry, not the oldest one', () => {
    const memo = new Memo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    expect(memo.get('a')).toBe(1);
    memo.set('c', 3);
    expect(memo.get('b')).toBeUndefined();
    expect(memo.get('a')).toBe(1);
    expect(memo.get('c')).toBe(3);
  });

  it('replaces a value without growing', () => {
    const memo = new Memo<number>(1);
    memo.set('a', 1);
    expect(memo.set('a', 2)).toBe(2);
    expect(memo.get('a')).toBe(2);
  });
});

/**
 * Differential tests of the lexicon pass (lib/matcher/compile.ts compileLexicon), which finds every
 * mention of every term set. A faster candidate pass may change speed, never what is found.
 *
 * The oracle is oracle.ts: plain per-term regular expressions built from the rules in
 * lib/matcher/README.md, tried one term at a time, set by set. It is compared with the lexicon on the
 * real vocabulary (the benchmark texts and random text made of its terms, every term included) and
 * on random vocabularies of a few sets of a few terms each. What is compared per set: the number of
 * mentions and the first MAX_WORDS distinct words as the page wrote them (lower-cased, spaces
 * collapsed), in order. Negation and the other modifiers are the reader's business (context.ts).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Term } from '../../../data/vocabulary-schema.ts';
import { compileLexicon, type TermSet } from '../../../lib/matcher/compile.ts';
import { journalText } from '../../../scripts/bench/journal-text.ts';
import { FC_SEED } from '../fc-seed.ts';
import {
  continuedByAnother,
  nearKeyAfterAccent,
  oneLetterFirstWord,
  shortFirstWordPrefixed,
  stemUnderLongerTerm,
} from './known-gaps.ts';
import { lexiconTallies } from './lexicon-tallies.ts';
import { loadVocabulary, termSets } from './load-themes.ts';
import { compileOracle } from './oracle.ts';

// The sets the reader compiles (lib/matcher/reader.ts): situations, parts, then resource names.
const { sets } = termSets(loadVocabulary());
const lexicon = compileLexicon(sets);
const oracle = compileOracle(sets);
const realTerms = sets.flatMap((s) => s.terms);
const allTerms = realTerms.map((x) => x.term);
// The context rules' words: endings that make another word, and words that show another sense.
const ruleWords = sets.flatMap((s) => s.terms.flatMap((x) => [...(x.notTails ?? []), ...(x.notNear ?? [])]));

function sameFinds(text: string, label?: string): void {
  expect(lexiconTallies(lexicon, text), label ?? JSON.stringify(text)).toEqual(oracle(text));
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
  fc.constantFrom(...ruleWords),
);

// Seconds on an idle machine; the shared one may take several times that.
describe('the lexicon pass finds what plain per-term regular expressions find, set by set', {
  timeout: 60_000,
}, () => {
  // The benchmark's generator (npm run bench matcher), 1 and 2 MB rather than its 1 and 5: the
  // oracle is slow, and a third seed repeats the same phrases more than it adds new ones.
  it('on four benchmark texts', () => {
    for (const [mb, twoByte] of [
      [1, false],
      [1, true],
      [2, false],
      [2, true],
    ] as const) {
      const text = journalText(mb * 1_000_000, twoByte, 42 + mb);
      const found = lexiconTallies(lexicon, text);
      // The texts are made to hold mentions: a pass that found nothing would agree with nothing.
      expect(found.filter((t) => t.count > 0).length).toBeGreaterThan(3);
      sameFinds(text, `${mb} MB ${twoByte ? 'two' : 'one'}-byte`);
    }
  });

  it('on random text over the real vocabulary', () => {
    const text = fc.array(realPiece, { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(!nearKeyAfterAccent(t, realTerms));
        sameFinds(t);
      }),
      { numRuns: 2000, ...FC_SEED },
    );
  });

  it('on random vocabularies and text made of their words, as plain regular expressions find them', () => {
    // ÿ, ł, İ are compared by RegExp (no literal), ß and ø as literals of their own. Not µ: a term
    // with the micro sign misses its capital Μ, whose lower case is Greek μ (known, reported).
    const word = fc.oneof(
      { arbitrary: fc.stringMatching(/^[a-zåäöé]{1,7}$/), weight: 6 },
      { arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9+]{0,3}$/), weight: 2 },
      { arbitrary: fc.stringMatching(/^[a-eÿłßøİ]{1,4}$/), weight: 1 },
    );
    // As the schema asks: words separated by one space (the text joins them any way it likes).
    const term = fc.record({
      term: fc
        .array(word, { minLength: 1, maxLength: 3 })
        .map((w) => w.join(' '))
        .filter((t) => t.length >= 2),
      match: fc.constantFrom('stem', 'inflect', 'exact'),
      prefixed: fc.boolean(),
      notTails: fc.option(fc.subarray(['a', 'er', 'na', 'arna', 's', 'ing', 'ö']), { nil: undefined }),
      notNear: fc.option(fc.array(fc.stringMatching(/^[a-eåäö]{2,3}$/), { minLength: 1, maxLength: 2 }), {
        nil: undefined,
      }),
    });
    // A few sets of a few terms: a set's own terms compete for a place (the longest wins, no overlap).
    const vocab = fc.array(fc.array(term, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
    const glue = fc.constantFrom(
      ...[' ', '-', '.', ' inte ', '  ', '', 'Ä', 'A', 'o', 'er', 'na', 'arna', 'arnas', 'ens', 'ors'],
      ...['+', 'Ÿ', 'Μ', 'Ł', 'i\u0307', '\u00ad'],
    );
    // What may follow a term: inflections (allowed for inflect, any for stem, none for exact), the
    // tails of the terms' notTails, a compound's head, a hyphen.
    const ending = fc.constantFrom(
      '',
      '',
      '',
      'en',
      'ens',
      'et',
      'arna',
      'arnas',
      'ors',
      'a',
      'ing',
      'x',
      '-x',
      '+',
    );
    let found = 0;
    fc.assert(
      fc.property(
        vocab,
        fc.array(fc.oneof(word, glue), { maxLength: 30 }),
        fc.array(ending, { minLength: 12, maxLength: 12 }),
        fc.nat(),
        (groups, parts, endings, seed) => {
          const terms: Term[] = groups.flat();
          fc.pre(
            !continuedByAnother(terms) &&
              !shortFirstWordPrefixed(terms) &&
              !oneLetterFirstWord(terms) &&
              !stemUnderLongerTerm(terms),
          );
          // Their own terms, some upper-cased or joined by hyphens, with an ending or not, between
          // the random words.
          const mixed = terms.map(
            (t, i) =>
              ((seed >> i) & 1 ? t.term.toUpperCase().replace(/ /g, '-') : t.term) + (endings[i] ?? ''),
          );
          const text = `${parts.join('')} ${mixed.join(parts[0] ?? ' ')} ${parts.slice(1).join('')}`;
          fc.pre(!nearKeyAfterAccent(text, terms));
          const sets: TermSet[] = groups.map((g) => ({ terms: g }));
          const got = lexiconTallies(compileLexicon(sets), text);
          expect(got, JSON.stringify({ sets, text })).toEqual(compileOracle(sets)(text));
          found += got.filter((t) => t.count > 0).length;
        },
      ),
      { numRuns: 2500, ...FC_SEED },
    );
    // Most runs found something: the comparison is not between two empty lists (the known gaps
    // leave out about a fifth of the runs).
    expect(found).toBeGreaterThan(1500);
  });

  it('keeps a set from overlapping itself', () => {
    // The frozen copy of the old matcher counted "+ é" once more inside the word its set's "a0" had
    // already covered; now the longer mention at that start is the one that counts.
    const sets: TermSet[] = [
      {
        terms: [
          { term: 'a0', match: 'stem' },
          { term: '+ é', match: 'stem', prefixed: true },
        ],
      },
    ];
    expect(lexiconTallies(compileLexicon(sets), 'A a0A+ éA ')).toEqual([{ count: 1, words: ['a0a+ éa'] }]);
  });

  // Found by the property test and fixed: a hyphen in a term is a joiner like a space, so "ab-c"
  // of another set no longer prunes "ab" where its word ends at the "-".
  it('finds a term that another set continues with a hyphen', () => {
    const sets: TermSet[] = [
      { terms: [{ term: 'ab', match: 'exact', prefixed: true }] },
      { terms: [{ term: 'ab-c', match: 'stem' }] },
    ];
    expect(lexiconTallies(compileLexicon(sets), 'xab-c')[0]).toEqual({ count: 1, words: ['xab'] });
  });

  // Reported in lib/matcher/near.ts (see nearKeyAfterAccent): when it is fixed, this fails; then
  // make it a plain `it` and drop nearKeyAfterAccent from the properties above.
  it.fails('does not count a term beside a notNear word that starts with é', () => {
    const lexicon = compileLexicon([{ terms: [{ term: 'eskort', match: 'stem', notNear: ['ekonomi'] }] }]);
    expect(lexiconTallies(lexicon, 'Eskort ekonomi')[0]?.count).toBe(0);
    expect(lexiconTallies(lexicon, 'Eskort Ékonomi')[0]?.count).toBe(0);
  });

  // Found by the random test (see oneLetterFirstWord): when it is fixed, this fails.
  it.fails('finds a term whose first word has one letter before a later term of its set', () => {
    const sets: TermSet[] = [
      {
        terms: [
          { term: 'a ööaaaå ö', match: 'exact', prefixed: false },
          { term: 'öö', match: 'stem', prefixed: false },
        ],
      },
    ];
    expect(lexiconTallies(compileLexicon(sets), ' A-ÖÖAAAÅ-Ö-x ')[0]?.words[0]).toBe('a-ööaaaå-ö');
  });

  // Found by the random test (see shortFirstWordPrefixed): when it is fixed, this fails.
  it.fails('finds the longer of two prefixed terms at one start inside a word', () => {
    const sets: TermSet[] = [
      {
        terms: [
          { term: 'ab cde', match: 'stem', prefixed: true },
          { term: 'ab', match: 'exact', prefixed: true },
        ],
      },
    ];
    expect(lexiconTallies(compileLexicon(sets), 'xab cde ')[0]).toEqual({ count: 1, words: ['xab cde'] });
  });

  // Reported in lib/matcher/compile.ts (see continuedByAnother): when it is fixed, this fails.
  it.fails('finds a prefixed term that another set continues with "+"', () => {
    const sets: TermSet[] = [
      { terms: [{ term: 'ab', match: 'exact', prefixed: true }] },
      { terms: [{ term: 'ab+c', match: 'stem' }] },
    ];
    expect(lexiconTallies(compileLexicon(sets), 'xab+c')[0]).toEqual({ count: 1, words: ['xab'] });
  });
});

import { describe, expect, it } from 'vitest';
import { type Theme, ThemeSchema } from '../../../data/vocabulary-schema.ts';
import { compileMatcher } from '../../../lib/matcher/index.ts';

const theme = (id: string, terms: string[]) =>
  ThemeSchema.parse({
    id,
    label: 'tema',
    labelEn: 'theme',
    terms: terms.map((term) => ({ term, match: 'stem', prefixed: false })),
  });
const readerOf = (themes: Theme[]) => compileMatcher({ themes, parts: [], named: [] });

describe('terms of two themes that start at the same place', () => {
  // Found by tests/security/matcher.property.test.ts: a stem "öä" folds to "oa", a prefix of
  // "öaaa"; whichever anchor the pass met first used to hide the other theme's term.
  it('counts both themes, whichever anchor the single pass meets first', () => {
    const matcher = readerOf([theme('sex-mot-ersattning', ['öä']), theme('manniskohandel', ['öaaa', 'aa'])]);
    const hits = matcher.scan('Anteckning. öaaa. Slut.').hits;
    expect(hits.map((h) => [h.theme, h.count])).toEqual([
      ['sex-mot-ersattning', 1],
      ['manniskohandel', 1],
    ]);
  });

  it('still counts one mention once per theme', () => {
    const matcher = readerOf([theme('sex-mot-ersattning', ['öä', 'öaaa'])]);
    const hits = matcher.scan('öaaa').hits;
    expect(hits.map((h) => [h.theme, h.count, h.words.length])).toEqual([['sex-mot-ersattning', 1, 1]]);
  });

  // Known (reported): the shorter term is met first, at its earlier anchor, and the longer one is
  // refused as overlapping, so the word is "öä" where the README says the longest term wins.
  it('reports the longest term that matched', () => {
    const matcher = readerOf([theme('sex-mot-ersattning', ['öä', 'öaaa'])]);
    expect(matcher.scan('öaaa').hits[0]?.words).toEqual(['öaaa']);
  });
});

describe("a prefixed term inside the first word of another theme's term", () => {
  // Also found by the property test: "åå" (prefixed) inside "båå" hid the multiword "båå aaaä".
  it('counts the other theme too', () => {
    const matcher = readerOf([
      ThemeSchema.parse({
        id: 'sex-mot-ersattning',
        label: 'tema',
        labelEn: 'theme',
        terms: [{ term: 'åå', match: 'stem', prefixed: true }],
      }),
      theme('manniskohandel', ['båå aaaä', 'öä']),
    ]);
    const hits = matcher.scan('Anteckning. båå aaaä. Slut.').hits;
    expect(hits.find((h) => h.theme === 'manniskohandel')?.count).toBe(1);
  });
});

describe("a multiword term anchored after another theme's hit in its middle", () => {
  // Found by the property test: "öå" (another theme) matched "öaaaå" before the pass reached
  // the anchor of "åö öaaaå aä", whose start lies earlier.
  it('counts the multiword term too', () => {
    const matcher = readerOf([
      theme('sex-mot-ersattning', ['åö öaaaå aä', 'aa']),
      theme('manniskohandel', ['öå', 'aa']),
    ]);
    const hits = matcher.scan('Anteckning. åö öaaaå aä. Slut.').hits;
    expect(hits.find((h) => h.theme === 'sex-mot-ersattning')?.count).toBe(1);
  });
});

describe('overlapping terms of one theme', () => {
  // Found by the differential test: at one anchor the later-starting term was tried first and
  // hid the earlier one ("tolkar åt honom" instead of "som tolkar"); the earlier start wins.
  it.each([
    [['som tolkar', 'tolkar åt honom'], 'Mannen som tolkar åt honom.', 'som tolkar'],
    [['är skyldig', 'skyldig dem'], 'Hon är skyldig dem pengar.', 'är skyldig'],
  ])('%j in "%s" → %s', (terms, text, word) => {
    const exact = ThemeSchema.parse({
      id: 'manniskohandel',
      label: 'tema',
      labelEn: 'theme',
      terms: terms.map((term) => ({ term, match: 'exact' })),
    });
    const hits = readerOf([exact]).scan(text).hits;
    expect(hits.map((h) => [h.count, h.words])).toEqual([[1, [word]]]);
  });
});

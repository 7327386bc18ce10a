/**
 * The background compiles the vocabulary once and hands the page plain-data tables
 * (lib/matcher/tables.ts); the page rebuilds the matcher from them (tables-read.ts). That matcher
 * must scan exactly as compileMatcher's does, after a JSON round trip (runtime messaging is JSON),
 * and tables that do not fit must give null, never an exception, so that the page compiles instead.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  type Matcher,
  type MatcherTables,
  matcherFromTables,
  TABLES_VERSION,
  toTables,
  type Vocabulary,
} from '../../../lib/matcher/index.ts';
import { journalText } from '../../../scripts/bench/journal-text.ts';
import { FC_SEED } from '../fc-seed.ts';
import { loadVocabulary } from './load-themes.ts';

const vocabulary = loadVocabulary();
const options = { year: 2026 };
const compiled = compileMatcher(vocabulary, options);
const tables = toTables(vocabulary);
const json = JSON.stringify(tables);

/** The tables as the page receives them: through JSON. */
const received = (t: unknown = tables): unknown => JSON.parse(JSON.stringify(t));

function fromTables(t: unknown, v: Vocabulary = vocabulary): { matcher: Matcher | null; reasons: string[] } {
  const reasons: string[] = [];
  const matcher = matcherFromTables(t, v, options, (reason) => reasons.push(reason));
  return { matcher, reasons };
}

const rebuilt = fromTables(received()).matcher as Matcher;

// The development corpus, read only as input texts.
const devTexts = readFileSync(join(import.meta.dirname, '../../corpus/dev.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => (JSON.parse(line) as { text: string }).text);

const allTerms = [...vocabulary.themes, ...vocabulary.parts]
  .flatMap((s) => s.terms.map((t) => t.term))
  .concat(vocabulary.named.flatMap((n) => n.aliases));

describe('tables of the real vocabulary', { timeout: 60_000 }, () => {
  it('are plain JSON data: a round trip changes nothing', () => {
    expect(JSON.parse(json)).toEqual(tables);
    expect(tables.version).toBe(TABLES_VERSION);
    expect(tables.pass).not.toBeNull();
  });

  it('rebuild a matcher that scans every text of the development corpus as the compiled one', () => {
    expect(rebuilt).not.toBeNull();
    expect(devTexts.length).toBeGreaterThan(100);
    let withHits = 0;
    for (const text of devTexts) {
      const expected = compiled.scan(text);
      if (expected.hits.length > 0) withHits++;
      expect(rebuilt.scan(text)).toEqual(expected);
    }
    // A comparison of empty results would prove nothing.
    expect(withHits).toBeGreaterThan(devTexts.length / 2);
  });

  it('rebuild a matcher that scans a long benchmark text (one- and two-byte) as the compiled one', () => {
    for (const twoByte of [false, true]) {
      const text = journalText(300_000, twoByte, 7);
      const expected = compiled.scan(text);
      expect(expected.hits.length).toBeGreaterThan(3);
      expect(rebuilt.scan(text)).toEqual(expected);
    }
  });

  it('rebuild the same matcher on random text made of the vocabulary', () => {
    const piece = fc.oneof(
      fc.constantFrom(...allTerms),
      fc.constantFrom(...allTerms).map((s) => s.toUpperCase().replace(/ /g, '-')),
      fc.constantFrom(...allTerms).map((s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')),
      fc.constantFrom(...allTerms).map((s) => s.slice(0, Math.max(1, s.length - 2))),
      fc.constantFrom(' ', '  ', '-', '. ', '\n', '\n\n', 'inte ', 'ej ', 'nej', 'men ', 'förnekar '),
      fc.constantFrom('pat 16 år', 'Kvinna, 34 år', 'tolk på arabiska', 'dottern', 'han', 'henne'),
      fc.constantFrom('erna', 'et', 's', 'ö', 'å', 'ÿ', 'İ', '😀', '0', 'É'),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 40 }).map((p) => p.join('')),
        (text) => {
          expect(rebuilt.scan(text)).toEqual(compiled.scan(text));
        },
      ),
      { ...FC_SEED, numRuns: 300 },
    );
  });
});

describe('tables of random small vocabularies (resource names only)', { timeout: 60_000 }, () => {
  // A name that starts with a letter the pass has no symbol for ("ÿ", which folds above U+00FF)
  // leaves the reader without its skipping pass: both kinds of lexicon are covered.
  const letters = fc.constantFrom('a', 'b', 'e', 's', 'x', 'å', 'ö', 'ÿ', ' ', '-', '1');
  const name = fc
    .array(letters, { minLength: 2, maxLength: 8 })
    .map((l) => l.join('').trim())
    .filter((s) => s.length >= 2);
  const small = fc.array(fc.array(name, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }).map(
    (lists): Vocabulary => ({
      themes: [],
      parts: [],
      named: lists.map((aliases, i) => ({ id: `r${i}`, aliases })),
    }),
  );
  const text = fc.array(fc.oneof(letters, fc.constantFrom(' ', 'Sex ', 'ABS', 'bä', '\n')), {
    maxLength: 60,
  });

  it('cover both lexicons: with the skipping pass and, for a name the pass cannot read, without', () => {
    const named = (aliases: string[]): Vocabulary => ({
      themes: [],
      parts: [],
      named: [{ id: 'r', aliases }],
    });
    expect(toTables(named(['ÿab'])).pass).toBeNull();
    expect(toTables(named(['terrafem'])).pass).not.toBeNull();
  });

  it('scan as their compiled matcher', () => {
    fc.assert(
      fc.property(small, text, (v, chars) => {
        const t = chars.join('');
        const { matcher } = fromTables(received(toTables(v)), v);
        expect(matcher).not.toBeNull();
        expect(matcher?.scan(t)).toEqual(compileMatcher(v, options).scan(t));
      }),
      { ...FC_SEED, numRuns: 200 },
    );
  });
});

describe('tables that do not fit are refused, never thrown on', () => {
  const mutated = (change: (t: MatcherTables) => void): unknown => {
    const t = received() as MatcherTables;
    change(t);
    return t;
  };

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', json],
    ['an array', []],
    ['an empty object', {}],
    [
      'another version',
      mutated((t) => {
        t.version = TABLES_VERSION + 1;
      }),
    ],
    [
      'a term index out of range',
      mutated((t) => {
        t.anchorTerms[1] = tables.termCount;
      }),
    ],
    [
      'a negative term index',
      mutated((t) => {
        t.pairTerms[1] = -1;
      }),
    ],
    [
      'a list longer than its array',
      mutated((t) => {
        t.anchorTerms[0] = t.anchorTerms.length;
      }),
    ],
    [
      'a term column cut short',
      mutated((t) => {
        t.terms.core.pop();
      }),
    ],
    [
      'a term of no set',
      mutated((t) => {
        t.terms.set[0] = 999_999;
      }),
    ],
    [
      'a list index out of range',
      mutated((t) => {
        t.terms.notNear[0] = 10_000;
      }),
    ],
    [
      'a core that is no string',
      mutated((t) => {
        (t.terms.core as unknown[])[0] = 7;
      }),
    ],
    [
      'a short shift table',
      mutated((t) => {
        t.pass?.shift.pop();
      }),
    ],
    [
      'a window symbol out of range',
      mutated((t) => void (t.pass as { symbols: number[] }).symbols.splice(0, 1, 99)),
    ],
    [
      'windows without their terms',
      mutated((t) => {
        t.pass?.terms.pop();
      }),
    ],
    [
      'a broken anchor RegExp',
      mutated((t) => {
        t.anchorSource = '(unclosed';
      }),
    ],
    [
      'terms as a string',
      mutated((t) => {
        (t as { terms: unknown }).terms = 'x';
      }),
    ],
  ])('%s', (_label, input) => {
    const { matcher, reasons } = fromTables(input);
    expect(matcher).toBeNull();
    expect(reasons).toHaveLength(1);
    // The reason is a short English phrase about the tables, not a dump of them.
    expect(reasons[0]?.length).toBeLessThan(60);
  });

  it('tables of another vocabulary', () => {
    const other: Vocabulary = { ...vocabulary, named: vocabulary.named.slice(1) };
    expect(fromTables(received(), other).matcher).toBeNull();
  });

  it('any one value replaced: null or a matcher that scans without throwing', () => {
    // Paths to every value of a smaller table set, so a replacement lands anywhere in it.
    const v: Vocabulary = {
      themes: [],
      parts: [],
      named: [{ id: 'r', aliases: ['terrafem', 'bris', 'ab'] }],
    };
    const base = toTables(v);
    const paths: (string | number)[][] = [];
    const walk = (x: unknown, path: (string | number)[]): void => {
      paths.push(path);
      if (Array.isArray(x)) {
        for (const [i, y] of x.entries()) walk(y, [...path, i]);
      } else if (typeof x === 'object' && x !== null)
        for (const [k, y] of Object.entries(x)) walk(y, [...path, k]);
    };
    walk(base, []);
    const value = fc.oneof(
      fc.integer({ min: -5, max: 70_000 }),
      fc.string(),
      fc.constant(null),
      fc.constant([]),
      fc.constant({}),
      fc.double(),
    );
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), value, (path, replacement) => {
        const t = received(base) as Record<string | number, unknown>;
        let at: Record<string | number, unknown> = t;
        for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
        at[path[path.length - 1] as string | number] = replacement;
        const { matcher } = fromTables(t, v);
        expect(() => matcher?.scan('Hänvisad till Terrafem, lätt bris. ab ab')).not.toThrow();
      }),
      { ...FC_SEED, numRuns: 500 },
    );
  });
});

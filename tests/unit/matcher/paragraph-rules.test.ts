/**
 * The paragraph rules' one-sided word boundaries (words() in lib/matcher/paragraph-rules.ts) find
 * what the two-sided Unicode boundary finds, on every development text and, for the rules anchored
 * at the end, on each beginning of its sentences that ends before a word.
 */
import { describe, expect, it } from 'vitest';
import { WORD_SOURCES, words } from '../../../lib/matcher/paragraph-rules.ts';
import { readCorpus } from '../../../scripts/lib/corpus.ts';

const TWO_SIDED = String.raw`(?:(?<![\p{L}\d])(?=[\p{L}\d])|(?<=[\p{L}\d])(?![\p{L}\d]))`;
const reference = (source: string) => new RegExp(source.replaceAll(String.raw`\b`, TWO_SIDED), 'iu');

describe('paragraph rules: one-sided word boundaries', () => {
  const texts = readCorpus('dev').map((t) => t.text);

  it('has the rules to check', () => {
    expect(WORD_SOURCES.length).toBeGreaterThanOrEqual(7);
  });

  it.each(WORD_SOURCES.map((s) => [s.slice(0, 60), s]))(
    '%s… agrees with the two-sided boundary',
    (_, source) => {
      const fast = words(source);
      const slow = reference(source);
      const disagree: string[] = [];
      const check = (part: string) => {
        if (fast.test(part) !== slow.test(part)) disagree.push(part.slice(-80));
      };
      for (const text of texts) {
        check(text);
        // The rules anchored at the end read the part of a sentence before a mention ("$" ends an
        // alternative or the pattern; not the "$" inside a lookahead of a paragraph rule).
        if (!/\$(?:\||\)*$)/.test(source)) continue;
        for (const sentence of text.split(/(?<=[.!?\n])/)) {
          for (let i = sentence.indexOf(' '); i !== -1; i = sentence.indexOf(' ', i + 1))
            check(sentence.slice(0, i + 1));
        }
      }
      expect(disagree.slice(0, 5)).toEqual([]);
    },
    // Every beginning of every sentence of 15,000 texts, twice: seconds, more on a busy machine.
    60_000,
  );

  it('keeps Swedish letters inside a word: "på" is not "påg", "år" is not "åren" unless asked', () => {
    const re = words(String.raw`\bp[åa]\b`);
    expect(re.test('gick på bio')).toBe(true);
    expect(re.test('pågående')).toBe(false);
    expect(re.test('ÅPå')).toBe(false);
    expect(words(String.raw`\båterfall\b`).test('nu återfall')).toBe(true);
    expect(words(String.raw`\båterfall\b`).test('återfallen')).toBe(false);
  });
});

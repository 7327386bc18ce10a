import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileLiteral, literalEnd, probeFits, probeOf } from '../../../lib/matcher/literal.ts';

const probeFor = (core: string) => {
  const words = compileLiteral(core);
  if (words === null) throw new Error(`no literal for ${core}`);
  return { words, probe: probeOf(words) };
};

describe('probeFits (two characters before the whole literal)', () => {
  it('rejects the common false starts of clinical text', () => {
    expect(probeFits('Sexuell hälsa', 0, probeFor('sexuellt våld').probe)).toBe(false);
    expect(probeFits('barnvaccination', 0, probeFor('barn som far illa').probe)).toBe(false);
  });

  it('lets through a term in any case, without å/ä/ö, and with any joiner', () => {
    expect(probeFits('SEXUELLT VÅLD', 0, probeFor('sexuellt våld').probe)).toBe(true);
    expect(probeFits('x barn-som', 2, probeFor('barn som').probe)).toBe(true);
    expect(probeFits('barnsom', 0, probeFor('barn som').probe)).toBe(true);
    expect(probeFits('manniskohandel', 0, probeFor('människohandel').probe)).toBe(true);
  });

  it('fails at the end of the text', () => {
    expect(probeFits('sexuel', 0, probeFor('sexuellt').probe)).toBe(false);
  });

  it('never rejects a place where the literal matches', () => {
    const word = fc.stringMatching(/^[a-zåäöé]{1,6}$/);
    const core = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
    const noise = fc.stringMatching(/^[a-zåäöAÅÖ \-\u00ad\n.]{0,12}$/);
    fc.assert(
      fc.property(core, noise, noise, fc.boolean(), (c, before, after, mangle) => {
        const { words, probe } = probeFor(c);
        const written = mangle ? c.toUpperCase().replace(/ /g, '-').replace(/ä/gi, 'a') : c;
        for (const text of [before + written + after, before + after]) {
          for (let at = 0; at <= text.length; at++)
            if (!probeFits(text, at, probe)) expect(literalEnd(text, at, words)).toBe(-1);
        }
      }),
      { numRuns: 300 },
    );
  });
});

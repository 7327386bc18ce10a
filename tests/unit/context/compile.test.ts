/**
 * The page reader compiles its vocabulary in slices (entrypoints/context.content/compile.ts): it
 * gives the same matcher as compiling in one go, gives null when the reader's life ends first or
 * the vocabulary does not compile, and never leaves its promise pending.
 */
import { describe, expect, it, vi } from 'vitest';
import { compileInSlices } from '../../../entrypoints/context.content/compile.ts';
import { compileMatcher, type Vocabulary } from '../../../lib/matcher/index.ts';
import { loadVocabulary } from '../matcher/load-themes.ts';

const vocabulary = loadVocabulary();
const TEXT = 'Pat berättar att sambon har slagit henne. Flicka 13 år får pengar mot sexuella saker.';

describe('compiling the vocabulary in slices', () => {
  it('gives the matcher compileMatcher gives', async () => {
    const matcher = await compileInSlices(vocabulary, 2026, new AbortController().signal);
    expect(matcher?.scan(TEXT)).toEqual(compileMatcher(vocabulary, { year: 2026 }).scan(TEXT));
  });

  it('gives null at once for a reader whose life already ended', async () => {
    const life = new AbortController();
    life.abort();
    expect(await compileInSlices(vocabulary, 2026, life.signal)).toBeNull();
  });

  it('gives null when the life ends while compiling', async () => {
    const life = new AbortController();
    const pending = compileInSlices(vocabulary, 2026, life.signal);
    life.abort();
    expect(await pending).toBeNull();
  });

  it('gives null, and says so in English, for a vocabulary that does not compile', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = {
      ...vocabulary,
      themes: [{ ...vocabulary.themes[0], terms: [{ term: 42, match: 'exact' }] }],
    } as unknown as Vocabulary;
    expect(await compileInSlices(broken, 2026, new AbortController().signal)).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('could not compile'), expect.any(String));
    warn.mockRestore();
  });
});

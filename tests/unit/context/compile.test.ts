/**
 * The page reader compiles its vocabulary in slices (entrypoints/context.content/compile.ts): it
 * gives the same matcher as compiling in one go, gives null when the reader's life ends first or
 * the vocabulary does not compile, and never leaves its promise pending.
 */
import { describe, expect, it, vi } from 'vitest';
import { compileInSlices, readerMatcher } from '../../../entrypoints/context.content/compile.ts';
import { compileMatcher, type MatcherTables, toTables, type Vocabulary } from '../../../lib/matcher/index.ts';
import { SITUATION_MODEL } from '../../../lib/matcher/situation-model.ts';
import { loadVocabulary } from '../matcher/load-themes.ts';

const vocabulary = loadVocabulary();
// The model takes back "pengar + sexuella saker" as an adult's selling sex: the child's exploitation stays.
const TEXT = 'Pat berättar att sambon har slagit henne. Flicka 13 år får pengar mot sexuella saker.';
/** The page reads with the bundled model (platform/situation-model.ts). */
const OPTIONS = { year: 2026, model: SITUATION_MODEL };

describe('compiling the vocabulary in slices', () => {
  it('gives the matcher compileMatcher gives', async () => {
    const matcher = await compileInSlices(vocabulary, 2026, new AbortController().signal);
    expect(matcher?.scan(TEXT)).toEqual(compileMatcher(vocabulary, OPTIONS).scan(TEXT));
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

describe('the reader from the hello (tables, else compiled)', () => {
  const expected = compileMatcher(vocabulary, OPTIONS).scan(TEXT);
  const tables = JSON.parse(JSON.stringify(toTables(vocabulary))) as MatcherTables;

  it('rebuilds the matcher from the tables without compiling', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const matcher = await readerMatcher({ vocabulary, tables }, 2026, new AbortController().signal);
    expect(matcher?.scan(TEXT)).toEqual(expected);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('compiles when the hello has no tables', async () => {
    const matcher = await readerMatcher({ vocabulary }, 2026, new AbortController().signal);
    expect(matcher?.scan(TEXT)).toEqual(expected);
  });

  it('compiles, and says why in English, when the tables are refused', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const foreign = { ...tables, version: tables.version + 1 };
    const matcher = await readerMatcher({ vocabulary, tables: foreign }, 2026, new AbortController().signal);
    expect(matcher?.scan(TEXT)).toEqual(expected);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('tables were refused (another version)'));
    warn.mockRestore();
  });

  it('gives null for a reader whose life already ended', async () => {
    const life = new AbortController();
    life.abort();
    expect(await readerMatcher({ vocabulary, tables }, 2026, life.signal)).toBeNull();
  });
});

/**
 * The reader's second reader (lib/matcher/model.ts): the committed model, its features, how it is
 * read, how it is trained, and where the page reader lets it speak.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { SituationModelSchema } from '../../../data/model-schema.ts';
import { readerVocabulary } from '../../../lib/catalogue/reader-vocabulary.ts';
import { compileMatcher } from '../../../lib/matcher/index.ts';
import {
  compileModel,
  compileModelSteps,
  MAX_CHARS,
  modelFeatures,
  modelWindows,
  type SituationModel,
  WINDOW,
  wordParts,
} from '../../../lib/matcher/model.ts';
import { SITUATION_MODEL } from '../../../lib/matcher/situation-model.ts';
import { knownIn } from '../../../lib/page/page-report.ts';
import type { CorpusText } from '../../../scripts/lib/corpus.ts';
import { trainModel } from '../../../scripts/lib/train-model.ts';
import { MODEL_FILE, trainedModelText } from '../../../scripts/train-model.ts';
import { catalogue, matcher, rulesOnly } from '../understanding/reader.ts';

/** A small hand-made model with words no vocabulary has: "zorro" and "mask" together say trafficking. */
const TINY: SituationModel = {
  version: 1,
  trainedOn: 'test',
  threshold: 0.7,
  features: ['mask', 'zorro', 'zorro mask', 'semester', '112'],
  themes: [{ theme: 'manniskohandel', bias: -3, index: [0, 1, 2, 3, 4], weight: [1, 1.5, 3, -4, 5] }],
};

describe('the committed model', () => {
  it('is valid and is what training on the development corpus gives (run npm run train-model)', () => {
    const text = readFileSync(MODEL_FILE, 'utf8');
    expect(SituationModelSchema.safeParse(JSON.parse(text)).success).toBe(true);
    expect(text === trainedModelText()).toBe(true);
  }, 60_000);

  it('was trained on development files only', () => {
    const model = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as SituationModel;
    expect(model.trainedOn).toMatch(/dev/);
    expect(model.trainedOn).not.toMatch(/heldout/);
  });

  it('refuses what is not a model', () => {
    const bad = [
      { ...TINY, version: 2 },
      { ...TINY, threshold: 1.5 },
      { ...TINY, themes: [{ ...TINY.themes[0], index: [0, 9], weight: [1, 1] }] },
      { ...TINY, themes: [{ ...TINY.themes[0], weight: [1] }] },
      { ...TINY, features: ['Tagit Pass'] },
    ];
    for (const b of bad) expect(SituationModelSchema.safeParse(b).success).toBe(false);
  });
});

describe('features', () => {
  it('are folded words and neighbouring pairs, each once', () => {
    expect(modelFeatures('Tagit hennes PASS, pass.')).toEqual([
      'tagit',
      'hennes',
      'pass',
      'tagit hennes',
      'hennes pass',
      'pass pass',
    ]);
    expect(modelFeatures('Våld i nära relation')).toContain('vald');
  });

  it('are read in one pass over a line of any length (no backtracking on a hostile page)', () => {
    expect(modelFeatures(`${'a@'.repeat(500_000)} ${'b'.repeat(1_000_000)}`)).toEqual([
      'b'.repeat(1_000_000),
      'bbbbb-',
      '-bbbb',
    ]);
  });

  it("add a long word's stem (its inflections) and head (its compounds), never for a short word", () => {
    expect(wordParts('slagit')).toEqual([]);
    expect(wordParts('hotade')).toEqual([]);
    expect(wordParts('misshandlat')).toEqual(['missh-', '-dlat']);
    expect(wordParts('familjevald')).toEqual(['famil-', '-vald']);
    expect(wordParts('sambon')).toEqual([]);
    expect(wordParts('slagits')).toEqual(['slagi-']);
    expect(modelFeatures('Partnervald, partnervald igen')).toEqual([
      'partnervald',
      'partn-',
      '-vald',
      'igen',
      'partnervald partnervald',
      'partnervald igen',
    ]);
  });

  it('pair words on one line only, as a term is read on one line', () => {
    expect(modelFeatures('Hon vill köpa\nsex veckors semester')).not.toContain('kopa sex');
    expect(modelFeatures('Hon vill köpa sex')).toContain('kopa sex');
  });

  it('leave out web and mail addresses', () => {
    expect(modelFeatures('Se www.example.se/sex-mot-ersattning eller skriv till mh@example.se')).toEqual([
      'se',
      'eller',
      'skriv',
      'till',
      'se eller',
      'eller skriv',
      'skriv till',
    ]);
  });
});

describe('the vocabulary alone and with the model', () => {
  // A note of the development corpus (dev2): the model learnt from it, so the test stays when it is retrained.
  const text =
    'Psyk akut. Pt, man 23, rädd att han ska förgripa sig på sin lillasyster (10), påträngande tankar sista veckorna. Ingen handling enl pt.';

  it('a disclosure in words the vocabulary does not know is read only with the model', () => {
    expect(rulesOnly.scan(text).hits).toEqual([]);
    expect(matcher.scan(text).hits).toEqual([
      expect.objectContaining({ theme: 'egen-sexualitet', uncertain: 1, other: 0 }),
    ]);
  });
});

describe('reading with a model', () => {
  const model = compileModel(TINY);

  it('finds a situation above the threshold and names the features that spoke for it', () => {
    const [finding] = model.read('Arbetsgivaren bar zorro mask.');
    expect(finding?.theme).toBe('manniskohandel');
    expect(finding?.probability).toBeGreaterThan(0.7);
    expect(finding?.words).toEqual(['zorro mask', 'zorro', 'mask']);
  });

  it('reads stems and heads but names only whole words: a stem is no word of the note', () => {
    const parts = compileModel({
      ...TINY,
      features: ['zorro-', '-mask', 'zorromask'],
      themes: [{ theme: 'manniskohandel', bias: -2, index: [0, 1, 2], weight: [3, 3, 0.5] }],
    });
    // "kalasmask" is no feature, but its head is: the finding names no word.
    const [finding] = parts.read('Arbetsgivaren bar kalasmask.');
    expect(finding?.theme).toBe('manniskohandel');
    expect(finding?.words).toEqual([]);
    expect(parts.read('Arbetsgivaren bar zorromask.')[0]?.words).toEqual(['zorromask']);
    expect(parts.read('Arbetsgivaren bar mask.')).toEqual([]);
  });

  it('never names a number among its words', () => {
    const [finding] = model.read('Zorro ringde 112.');
    expect(finding?.theme).toBe('manniskohandel');
    expect(finding?.words).toEqual(['zorro']);
  });

  it('finds nothing below the threshold', () => {
    expect(model.read('Zorro mask inför semester.')).toEqual([]);
    expect(model.read('Mask i morgon.')).toEqual([]);
  });

  it('throws on a malformed model, which the page reader then leaves out', () => {
    const broken = { ...TINY, themes: [{ ...TINY.themes[0], index: [0, 99], weight: [1, 1] }] };
    expect(() => compileModel(broken as SituationModel)).toThrow(/malformed/);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const matcher = compileMatcher(readerVocabulary(catalogue), { model: broken as SituationModel });
    expect(matcher.scan('Arbetsgivaren bar zorro mask.').hits).toEqual([]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/situation model is not used/));
    warn.mockRestore();
  });
});

describe('windows', () => {
  it('are whole lines up to about a note, a longer line alone, and cover the text', () => {
    const note = `${'Ord '.repeat(100).trim()}\n`;
    const text = `${note.repeat(5)}${'x'.repeat(WINDOW + 50)}\nslut`;
    const windows = modelWindows(text);
    expect(windows.join('')).toBe(text);
    expect(windows.every((w) => w.endsWith('\n') || w === 'slut')).toBe(true);
    expect(windows.some((w) => w.length > WINDOW + 50)).toBe(true);
    expect(windows.length).toBeGreaterThan(3);
  });

  it('cut a very long line near a space, and stop at MAX_CHARS (a megabyte field must not hold up the page)', () => {
    const line = 'ord '.repeat(1000);
    const windows = modelWindows(line);
    expect(windows.join('')).toBe(line);
    expect(windows.every((w) => w.length <= 2 * WINDOW && w.endsWith(' '))).toBe(true);
    expect(windows.length).toBeGreaterThan(3);
    const huge = modelWindows(`${'ord '.repeat(250_000)}\nArbetsgivaren bar zorro mask.`);
    expect(huge.join('').length).toBe(MAX_CHARS);
    expect(compileModel(TINY).read(`${'ord '.repeat(250_000)}\nArbetsgivaren bar zorro mask.`)).toEqual([]);
  });

  it('keep a note apart from text further on the page ("semester" there does not cancel it)', () => {
    const model = compileModel(TINY);
    const filler = 'Kontroll av blodtryck, fortsatt samma medicinering och återbesök om tre månader.\n';
    const later = 'Planerar semester i juli.\n'.repeat(20);
    expect(model.read(`Arbetsgivaren bar zorro mask.\n${filler.repeat(10)}${later}`)).toEqual([
      expect.objectContaining({ theme: 'manniskohandel' }),
    ]);
    expect(model.read(`Arbetsgivaren bar zorro mask.\n${later}`)).toEqual([]);
  });
});

describe('compiled in steps', () => {
  it('pauses every few thousand features, so a page builds it in slices', () => {
    const steps = compileModelSteps(SITUATION_MODEL);
    let pauses = 0;
    while (steps.next().done !== true) pauses++;
    expect(pauses).toBeGreaterThanOrEqual(Math.floor(SITUATION_MODEL.features.length / 2000));
  });
});

describe('the page reader with a model', () => {
  const matcher = compileMatcher(readerVocabulary(catalogue), { year: 2026, model: TINY });
  const hitOf = (text: string) => matcher.scan(text).hits.find((h) => h.theme === 'manniskohandel');

  it('adds a suspicion for a paragraph that mentions the situation in no way the vocabulary knows', () => {
    const h = hitOf('Arbetsgivaren bar zorro mask.');
    expect(h).toMatchObject({ count: 1, uncertain: 1, negated: 0, other: 0 });
    expect(h?.words).toEqual(['zorro mask + zorro + mask']);
  });

  it('adds nothing where the vocabulary reads the situation, negated or not', () => {
    const negated = hitOf('Inga tecken på människohandel. Arbetsgivaren bar zorro mask.');
    expect(negated).toMatchObject({ count: 1, negated: 1, uncertain: 0 });
  });

  it('adds nothing in a paragraph that gives information only', () => {
    expect(hitOf('Informerad som rutin till alla. Arbetsgivaren bar zorro mask.')).toBeUndefined();
  });

  it('adds a situation beside the denial of another, never the one ruled out', () => {
    // "SME: nej" in a note about a partner's violence does not silence the rest of the paragraph.
    expect(hitOf('Pat förnekar våld i nära relation. Arbetsgivaren bar zorro mask.')).toMatchObject({
      count: 1,
      uncertain: 1,
    });
    expect(hitOf('Inga tecken på människohandel. Arbetsgivaren bar zorro mask.')).toMatchObject({
      count: 1,
      negated: 1,
      uncertain: 0,
    });
  });

  it('reads each paragraph apart', () => {
    expect(hitOf('Pat förnekar våld i nära relation.\n\nArbetsgivaren bar zorro mask.')?.uncertain).toBe(1);
  });

  it("names only the model's features, which the background knows as words", () => {
    const words = hitOf('Arbetsgivaren bar zorro mask.')?.words ?? [];
    const known = knownIn(catalogue, TINY.features);
    expect(words.every((w) => known.word(w))).toBe(true);
    expect(words.every((w) => knownIn(catalogue).word(w))).toBe(false);
  });
});

describe('chances', () => {
  it('gives every situation of the model its probability, also under the threshold', () => {
    const model = compileModel(TINY);
    const said = model.read('Arbetsgivaren bar zorro mask.')[0]?.probability;
    expect(model.chances('Arbetsgivaren bar zorro mask.').get('manniskohandel')).toBe(said);
    // Nothing of it on the page: the bias alone, under the threshold, and no finding.
    expect(model.chances('Planerar semester.').get('manniskohandel')).toBeCloseTo(1 / (1 + Math.exp(7)), 6);
    expect(model.read('Planerar semester.')).toEqual([]);
    expect(model.chances('Planerar semester.').has('sjalvskada')).toBe(false);
  });

  it('takes the most probable window of a long paragraph', () => {
    const model = compileModel(TINY);
    const filler = 'Kontroll av blodtryck, fortsatt samma medicinering och återbesök om tre månader.\n';
    const far = model.chances(`${filler.repeat(20)}Arbetsgivaren bar zorro mask.`).get('manniskohandel');
    expect(far).toBe(model.read('Arbetsgivaren bar zorro mask.')[0]?.probability);
  });
});

describe('the page reader where the model speaks against a single word', () => {
  /** Finds every situation it knows most unlikely, unless the page says "zorro". */
  const DOUBTFUL: SituationModel = {
    version: 1,
    trainedOn: 'test',
    threshold: 0.7,
    features: ['zorro'],
    themes: (['manniskohandel', 'akut-fara', 'vald-nara-relation'] as const).map((theme) => ({
      theme,
      bias: -8,
      index: [0],
      weight: [12],
    })),
  };
  const doubting = compileMatcher(readerVocabulary(catalogue), { year: 2026, model: DOUBTFUL });
  const read = (m: typeof doubting, text: string) =>
    Object.fromEntries(m.scan(text).hits.map((h) => [h.theme, [h.count, h.words]]));

  it('takes back one mention by a word that does not name the situation', () => {
    expect(read(doubting, 'Hon får inte ha telefon.')).toEqual({});
    expect(read(rulesOnly, 'Hon får inte ha telefon.')).toEqual({
      manniskohandel: [1, ['får inte ha telefon']],
    });
    // A combination of parts is as weak as such a word.
    expect(read(doubting, 'Maken slår henne.')).toEqual({});
    expect(read(rulesOnly, 'Maken slår henne.')).toEqual({
      'vald-nara-relation': [1, ['maken + slår henne']],
    });
  });

  it('keeps it where the model finds it likely, or where the paragraph says it twice', () => {
    expect(read(doubting, 'Hon får inte ha telefon, zorro.').manniskohandel).toEqual([
      1,
      ['får inte ha telefon'],
    ]);
    expect(read(doubting, 'Hon får inte ha telefon. Hon vet inte sin adress.').manniskohandel).toEqual([
      2,
      ['får inte ha telefon', 'vet inte sin adress'],
    ]);
    // Each paragraph on its own: once in each is once.
    expect(read(doubting, 'Hon får inte ha telefon.\n\nHon vet inte sin adress.')).toEqual({});
  });

  it('keeps a term that names the situation, acute danger, and what the model does not know', () => {
    expect(read(doubting, 'Misstanke om människohandel.').manniskohandel).toEqual([1, ['människohandel']]);
    expect(read(doubting, 'Våld i nära relation.')['vald-nara-relation']).toEqual([
      1,
      ['våld i nära relation'],
    ]);
    expect(read(doubting, 'Hon hålls inlåst.')['akut-fara']).toEqual([1, ['hålls inlåst']]);
    expect(read(doubting, 'Pat skar sig.').sjalvskada).toEqual([1, ['skar sig']]);
  });

  it('never leaves a denial where the paragraph also told of it', () => {
    const h = doubting.scan('Hon får inte ha telefon. Nekar människohandel.').hits[0];
    expect(h).toMatchObject({ theme: 'manniskohandel', count: 2, denied: 1 });
  });

  it('marks only terms of the vocabulary that name a situation', () => {
    const names = catalogue.vocabulary.flatMap((t) => t.terms.filter((x) => x.names).map((x) => x.term));
    expect(names).toContain('människohandel');
    expect(names).not.toContain('får inte ha telefon');
  });
});

describe('training', () => {
  const text = (id: string, t: string, present: boolean): CorpusText => ({
    id,
    kind: 'journal',
    text: t,
    situations: present ? { manniskohandel: 'present' } : {},
    top3: present ? [['nmt-stodtelefon']] : [],
    notTop3: [],
  });
  const corpus = [
    ...Array.from({ length: 20 }, (_, i) => text(`p${i}`, `Chefen har tagit hennes pass, dag ${i}.`, true)),
    ...Array.from({ length: 20 }, (_, i) => text(`n${i}`, `Förnyat sitt pass inför resan, dag ${i}.`, false)),
  ];

  it('learns what tells a situation and gives the same file on every run', () => {
    const a = trainModel(corpus, { trainedOn: 'test', prune: 0.05, threshold: 0.7 });
    const b = trainModel(corpus, { trainedOn: 'test', prune: 0.05, threshold: 0.7 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const m = compileModel(a);
    expect(m.read('Chefen har tagit hennes pass.').map((f) => f.theme)).toEqual(['manniskohandel']);
    expect(m.read('Förnyat sitt pass inför resan.')).toEqual([]);
  });
});

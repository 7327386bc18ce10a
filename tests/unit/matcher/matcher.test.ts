/**
 * The reader on the real vocabulary: the forms a term covers (checked on the lexicon pass, which
 * sees the words as the page wrote them), false friends, the clinician's negation and the
 * patient's denial, and the shape of a scan. The reader itself reports only the data's own terms.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../lib/matcher/compile.ts';
import { compileMatcher, emptyPatient, MAX_WORDS } from '../../../lib/matcher/index.ts';
import { loadVocabulary, termSets } from './load-themes.ts';

const vocabulary = loadVocabulary();
const matcher = compileMatcher(vocabulary, { year: 2026 });
const { names, sets } = termSets(vocabulary);
const lexicon = compileLexicon(sets);
const themesOf = (text: string) => matcher.scan(text).hits.map((h) => h.theme);
const hitOf = (text: string, theme: string) => matcher.scan(text).hits.find((h) => h.theme === theme);

/** The mentions of one set as the page wrote them, and the data's terms they were found by. */
function mentions(text: string, name: string): { written: string[]; terms: string[] } {
  const out = { written: [] as string[], terms: [] as string[] };
  lexicon.find(text, (set, start, end, term) => {
    if (names[set] !== name) return;
    out.written.push(text.slice(start, end).toLowerCase());
    out.terms.push(term.toLowerCase());
  });
  return out;
}

describe('compounds, joiners and spelling', () => {
  it('finds compounds with the linking -s, and reports the term, not the page word', () => {
    expect(mentions('Diskuterat sexköpslagen.', 'sexkop').written).toEqual(['sexköpslagen']);
    expect(hitOf('Diskuterat sexköpslagen.', 'sexkop')?.words).toEqual(['sexköp']);
    expect(mentions('Misstänkt människohandelsbrott.', 'manniskohandel').written).toEqual([
      'människohandelsbrott',
    ]);
    expect(hitOf('Misstänkt människohandelsbrott.', 'manniskohandel')?.count).toBe(1);
  });

  it('treats hyphen, space and joined spellings alike', () => {
    const text = 'hbtq-personer, HBTQ personer och hbtqpersoner';
    expect(mentions(text, 'hbtqi').written).toEqual(['hbtq-personer', 'hbtq', 'hbtqpersoner']);
    expect(hitOf(text, 'hbtqi')?.count).toBe(3);
    expect(hitOf('sex-mot-ersättning', 'sex-mot-ersattning')?.count).toBe(1);
    const sugar = 'sugardaddy, sugar daddy, sugar-daddy';
    expect(mentions(sugar, 'sex-mot-ersattning').written).toEqual([
      'sugardaddy',
      'sugar daddy',
      'sugar-daddy',
    ]);
  });

  it('reads text written without å/ä/ö and in any case', () => {
    expect(themesOf('MANNISKOHANDEL, sexkop och valdtakten')).toEqual([
      'manniskohandel',
      'sexuellt-vald',
      'sexkop',
    ]);
    expect(themesOf('SEX MOT ERSATTNING')).toEqual(['sex-mot-ersattning']);
  });

  it('handles -are nouns and irregular forms', () => {
    expect(mentions('sexköparna och sexarbetarna', 'sexkop').written).toEqual(['sexköparna']);
    expect(mentions('sexarbetarna', 'sex-mot-ersattning').written).toEqual(['sexarbetarna']);
    expect(hitOf('Har sålt sex tidigare.', 'sex-mot-ersattning')?.count).toBe(1);
    expect(hitOf('våldtogs förra året', 'sexuellt-vald')?.count).toBe(1);
  });

  it('lets prefixed terms end a compound, and no other', () => {
    expect(mentions('gatuprostitution', 'sex-mot-ersattning').written).toEqual(['gatuprostitution']);
    expect(mentions('nätgrooming', 'barn-sexuell-exploatering').written).toEqual(['nätgrooming']);
    expect(themesOf('patienteskort, xhbtq, abcsexköp, trafficking')).toEqual(['manniskohandel']);
  });
});

describe('false positives', () => {
  it('a note about a sprained ankle surfaces nothing', () => {
    const note =
      'Stukad vänster fotled efter fotbollsträning igår. Svullnad lateralt, ömmar över ATFL. ' +
      'Röntgen utan fraktur. Ordineras kompression, högläge och NSAID. Eskort till röntgen med undersköterska. ' +
      'Återbesök vid behov. Sexualanamnes ej relevant.';
    const scan = matcher.scan(note);
    expect(scan.hits).toEqual([]);
    expect(scan.named).toEqual([]);
  });

  it('a staff escort for a patient transport is not selling sex', () => {
    for (const text of [
      'Eskort till röntgen.',
      'Patienteskort beställd.',
      'Pat eskorterades av personal till avdelning 12.',
      'Eskort av undersköterska vid transport.',
      'Eskorteras till akuten.',
    ]) {
      expect(themesOf(text), text).toEqual([]);
    }
    expect(themesOf('Har arbetat som eskort.')).toEqual(['sex-mot-ersattning']);
  });

  it('"sexuell hälsa" alone triggers no situation, nor does the fish', () => {
    const scan = matcher.scan('Samtal om sexuell hälsa och preventivmedel. SEXIT-samtal erbjuds.');
    expect(scan.hits).toEqual([]);
    // SEXIT is a resource the note names, not a situation.
    expect(scan.named.map((n) => n.id)).toEqual(['sexit']);
    expect(themesOf('Åt torsk till middag, sedan buksmärta.')).toEqual([]);
  });
});

describe('negation by the clinician and denial by the patient', () => {
  it.each([
    ['Förnekar sex mot ersättning.', 'denied'],
    ['Pat nekar till sex mot ersättning.', 'denied'],
    ['Inga tecken på sex mot ersättning.', 'negated'],
    ['Ingen misstanke om sex mot ersättning.', 'negated'],
    ['Ej sex mot ersättning.', 'negated'],
    ['Frågat om sex mot ersättning, vilket hon förnekar.', 'denied'],
    ['Sex mot ersättning: nej.', 'negated'],
    ['Sex mot ersättning ej aktuellt.', 'negated'],
    ['Berättar om sex mot ersättning.', 'affirmed'],
    ['Förnekar alkohol. Berättar om sex mot ersättning.', 'affirmed'],
    ['Förnekar alkohol men berättar om sex mot ersättning.', 'affirmed'],
    ['Icke-binär person, har haft sex mot ersättning.', 'affirmed'],
  ] as const)('%s → %s', (text, polarity) => {
    const hit = hitOf(text, 'sex-mot-ersattning');
    expect(hit?.count).toBe(1);
    expect(hit?.negated).toBe(polarity === 'negated' ? 1 : 0);
    expect(hit?.denied).toBe(polarity === 'denied' ? 1 : 0);
  });

  it('reaches every item of a short list', () => {
    const scan = matcher.scan('Inga tecken på sex mot ersättning eller människohandel.');
    expect(scan.hits.map((h) => [h.theme, h.count, h.negated])).toEqual([
      ['sex-mot-ersattning', 1, 1],
      ['manniskohandel', 1, 1],
    ]);
  });
});

describe('scan results', () => {
  it('counts every mention of a term, keeps the first five distinct terms in order', () => {
    const text = 'hbt hbtq hbtqi hbtqia queer transperson cisperson hbtq';
    const found = mentions(text, 'hbtqi');
    const hit = hitOf(text, 'hbtqi');
    expect(hit?.count).toBe(found.terms.length);
    expect(found.terms.length).toBeGreaterThan(MAX_WORDS);
    expect(hit?.words).toEqual([...new Set(found.terms)].slice(0, MAX_WORDS));
  });

  it('returns hits in situation order and nothing for empty text', () => {
    expect(themesOf('våldtäkt, hbtq, sex mot ersättning')).toEqual([
      'sex-mot-ersattning',
      'sexuellt-vald',
      'hbtqi',
    ]);
    expect(matcher.scan('')).toEqual({ hits: [], named: [], patient: emptyPatient() });
    const nothing = compileMatcher({ themes: [], parts: [], named: [] });
    expect(nothing.scan('sex mot ersättning, Terrafem').hits).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matcher/index.ts';
import { loadThemes } from './load-themes.ts';

const matcher = compileMatcher(loadThemes());
const themesOf = (text: string) => matcher.scan(text).hits.map((h) => h.theme);
const hitOf = (text: string, theme: string) => matcher.scan(text).hits.find((h) => h.theme === theme);

describe('compounds, joiners and spelling', () => {
  it('finds compounds with the linking -s', () => {
    expect(hitOf('Diskuterat sexköpslagen.', 'sexkop')?.words).toEqual(['sexköpslagen']);
    expect(hitOf('Misstänkt människohandelsbrott.', 'manniskohandel')?.words).toEqual([
      'människohandelsbrott',
    ]);
  });

  it('treats hyphen, space and joined spellings alike', () => {
    const hit = hitOf('hbtq-personer, HBTQ personer och hbtqpersoner', 'hbtqi');
    expect(hit?.count).toBe(3);
    expect(hit?.words).toEqual(['hbtq-personer', 'hbtq', 'hbtqpersoner']);
    expect(hitOf('sex-mot-ersättning', 'sex-mot-ersattning')?.count).toBe(1);
    expect(hitOf('sugardaddy, sugar daddy, sugar-daddyn', 'sugardejting')?.count).toBe(3);
  });

  it('reads text written without å/ä/ö and in any case', () => {
    expect(themesOf('MANNISKOHANDEL, sexkop och valdtakten')).toEqual([
      'manniskohandel',
      'sexkop',
      'sexuellt-vald',
    ]);
    expect(themesOf('SEX MOT ERSATTNING')).toEqual(['sex-mot-ersattning']);
  });

  it('handles -are nouns and irregular forms', () => {
    expect(hitOf('sexköparna och sexarbetarna', 'sexkop')?.words).toEqual(['sexköparna']);
    expect(hitOf('sexarbetarna', 'prostitution')?.count).toBe(1);
    expect(hitOf('Har sålt sex tidigare.', 'sex-mot-ersattning')?.count).toBe(1);
    expect(hitOf('våldtogs förra året', 'sexuellt-vald')?.count).toBe(1);
  });

  it('lets prefixed terms end a compound, and no other', () => {
    expect(hitOf('gatuprostitution', 'prostitution')?.words).toEqual(['gatuprostitution']);
    expect(hitOf('nätgrooming', 'barn-och-unga')?.words).toEqual(['nätgrooming']);
    expect(themesOf('patienteskort, xhbtq, abcsexköp, trafficking')).toEqual(['manniskohandel']);
  });
});

describe('false positives', () => {
  it('a note about a sprained ankle surfaces nothing', () => {
    const note =
      'Stukad vänster fotled efter fotbollsträning igår. Svullnad lateralt, ömmar över ATFL. ' +
      'Röntgen utan fraktur. Ordineras kompression, högläge och NSAID. Eskort till röntgen med undersköterska. ' +
      'Återbesök vid behov. Sexualanamnes ej relevant.';
    expect(matcher.scan(note).hits).toEqual([]);
  });

  it('a staff escort for a patient transport is not prostitution', () => {
    for (const text of [
      'Eskort till röntgen.',
      'Patienteskort beställd.',
      'Pat eskorterades av personal till avdelning 12.',
      'Eskort av undersköterska vid transport.',
      'Eskorteras till akuten.',
    ]) {
      expect(themesOf(text), text).toEqual([]);
    }
    expect(themesOf('Har arbetat som eskort, annonserat på eskortsajter.')).toEqual(['prostitution']);
  });

  it('"sexuell hälsa" alone triggers nothing, nor does the fish', () => {
    expect(themesOf('Samtal om sexuell hälsa och preventivmedel. SEXIT-samtal erbjuds.')).toEqual([]);
    expect(themesOf('Åt torsk till middag, sedan buksmärta.')).toEqual([]);
  });
});

describe('negation', () => {
  it.each([
    ['Förnekar sex mot ersättning.', 1],
    ['Pat nekar till sex mot ersättning.', 1],
    ['Inga tecken på sex mot ersättning.', 1],
    ['Ingen misstanke om sex mot ersättning.', 1],
    ['Ej sex mot ersättning.', 1],
    ['Frågat om sex mot ersättning, vilket hon förnekar.', 1],
    ['Sex mot ersättning: nej.', 1],
    ['Sex mot ersättning ej aktuellt.', 1],
    ['Berättar om sex mot ersättning.', 0],
    ['Förnekar alkohol. Berättar om sex mot ersättning.', 0],
    ['Förnekar alkohol men berättar om sex mot ersättning.', 0],
    ['Icke-binär person, har haft sex mot ersättning.', 0],
  ])('%s → negated %i', (text, negated) => {
    const hit = hitOf(text, 'sex-mot-ersattning');
    expect(hit?.count).toBe(1);
    expect(hit?.negated).toBe(negated);
  });

  it('reaches every item of a short list', () => {
    const scan = matcher.scan('Inga tecken på sex mot ersättning eller prostitution.');
    expect(scan.hits.map((h) => [h.theme, h.count, h.negated])).toEqual([
      ['sex-mot-ersattning', 1, 1],
      ['prostitution', 1, 1],
    ]);
  });
});

describe('scan results', () => {
  it('counts repeats, keeps at most five distinct words in order', () => {
    const hit = hitOf('hbt hbtq hbtqi hbtqia queer transperson cisperson hbtq', 'hbtqi');
    expect(hit?.count).toBe(8);
    expect(hit?.words).toEqual(['hbt', 'hbtq', 'hbtqi', 'hbtqia', 'queer']);
  });

  it('returns hits in theme order and nothing for empty text', () => {
    expect(themesOf('våldtäkt, hbtq, sex mot ersättning')).toEqual([
      'sex-mot-ersattning',
      'hbtqi',
      'sexuellt-vald',
    ]);
    expect(matcher.scan('').hits).toEqual([]);
    expect(compileMatcher([]).scan('sex mot ersättning').hits).toEqual([]);
  });
});

/**
 * Signs that together suggest a situation no sentence names (vocabulary `signs`): two or more
 * different signs in one paragraph, affirmed and about the patient, give a suspicion.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../lib/matcher/index.ts';
import { hit, rulesOnly, suggest, top } from './reader.ts';

describe('signs across sentences', () => {
  it.each([
    [
      'Mannen som följer med säger sig vara hennes make. Pat har ingen egen telefon och kan inte uppge någon adress. Han vill vara med vid alla samtal.',
      'manniskohandel',
    ],
    [
      'Bor i rummet ovanför salongen. Lönen betalas till ett konto hon inte har tillgång till.',
      'manniskohandel',
    ],
    [
      'Storebror följer henne till och från skolan. Om pappa får veta att hon har pojkvän skickas hon till släkten.',
      'hedersrelaterat',
    ],
    [
      'Flicka 13 år. En ny kompis på nätet skickar presentkort. Hon får inte berätta om honom, det är vår grej.',
      'barn-sexuell-exploatering',
    ],
    [
      'Maken sköter all ekonomi. Hon får inte ta körkort och träffar inte kompisarna längre.',
      'vald-nara-relation',
    ],
    [
      'Flickan 15 ar har en pojkvan som ar 31, han bjuder pa sprit och har kopt naglar till henne. Hon ljuger hemma om var hon ar.',
      'barn-sexuell-exploatering',
    ],
    [
      '14-åring, UM. En kille på nätet har skickat sexuella sms och bett henne komma hem till honom.',
      'barn-sexuell-exploatering',
    ],
    [
      'Pojke 17. Brukar få fri sprit och gräs av några killar i 25-årsåldern om han följer med till deras lägenhet.',
      'barn-sexuell-exploatering',
    ],
  ])('%s → %s, as a suspicion', (text, theme) => {
    // The signs suggest it; a combination of an adult and gifts may read it too, also as a suspicion.
    const h = hit(text, theme);
    expect(h?.count).toBeGreaterThanOrEqual(1);
    expect(h?.uncertain).toBe(h?.count);
    expect(h?.words[0]).toContain(' + ');
  });

  it('needs two different signs', () => {
    expect(hit('Pat har ingen egen telefon. Hon har ingen egen telefon.', 'manniskohandel')).toBeUndefined();
    expect(hit('Lönen betalas till ett konto hon inte har tillgång till.', 'manniskohandel')).toBeUndefined();
  });

  it('does not count a sign the note rules out or asks about', () => {
    expect(hit('Pat saknar pass och lönen betalas till någon annan.', 'manniskohandel')?.uncertain).toBe(1);
    const both = 'saknar pass eller att lönen betalas till någon annan';
    expect(hit(`Inga tecken på att hon ${both}.`, 'manniskohandel')).toBeUndefined();
    expect(hit(`Frågat om hon ${both}.`, 'manniskohandel')).toBeUndefined();
  });

  it('counts within one paragraph: no sign reaches across a blank line', () => {
    const one = 'Bor i rummet ovanför lokalen.';
    const two = 'Lönen betalas till ett konto hon inte har tillgång till.';
    expect(hit(`${one} ${two}`, 'manniskohandel')).toBeDefined();
    expect(hit(`${one}\n\n${two}`, 'manniskohandel')).toBeUndefined();
  });

  it('needs its `with` part: control signs without a partner, family signs without family', () => {
    // The rules alone: the reader's model may still read a suspicion in these words.
    const ruled = (text: string, theme: string) => rulesOnly.scan(text).hits.find((h) => h.theme === theme);
    expect(
      ruled('Sköter all ekonomi själv. Har slutat träffa vänner.', 'vald-nara-relation'),
    ).toBeUndefined();
    expect(
      ruled('Håller koll på vem hon pratar med. Hotas med att skickas tillbaka.', 'hedersrelaterat'),
    ).toBeUndefined();
    expect(
      hit('Brodern håller koll på vem hon pratar med. Hotas med att skickas tillbaka.', 'hedersrelaterat'),
    ).toBeDefined();
  });

  it('grooming signs count only beside a child age', () => {
    const text = 'Har fått presentkort. Hon får inte berätta om det, det är vår grej.';
    expect(hit(text, 'barn-sexuell-exploatering')).toBeUndefined();
    expect(hit(`Tjej 12 år. ${text}`, 'barn-sexuell-exploatering')?.uncertain).toBe(1);
  });

  it('adds nothing where the paragraph already says the situation', () => {
    const h = hit(
      'Utsatt för människohandel. Lönen betalas till ett konto hon inte har tillgång till. Saknar telefon.',
      'manniskohandel',
    );
    expect(h).toMatchObject({ count: 1, uncertain: 0 });
  });

  it('a vocabulary without signs reads as before', () => {
    const m = compileMatcher({ themes: [], parts: [], named: [] });
    expect(m.scan('Bor på arbetsplatsen och får ingen lön.').hits).toEqual([]);
  });
});

describe('a partner taken up by a pronoun in a later sentence (combination `carry`)', () => {
  it('reads "Partnern … Han har knuffat henne" as partner violence', () => {
    expect(
      hit('Partnern följer med på besöken. Han har knuffat henne mot väggen.', 'vald-nara-relation'),
    ).toMatchObject({
      count: 1,
      negated: 0,
      words: ['han + knuffat henne'],
    });
  });

  it('needs a pronoun acting on the patient, in the same paragraph, and keeps negation', () => {
    expect(hit('Bor med sambon. Han slog sig i huvudet.', 'vald-nara-relation')).toBeUndefined();
    expect(hit('Sambon följer med. Han har hotat henne.', 'vald-nara-relation')?.count).toBe(1);
    expect(hit('Sambon följer med.\n\nHan har hotat henne.', 'vald-nara-relation')).toBeUndefined();
    expect(hit('Sambon är snäll. Han har aldrig slagit henne.', 'vald-nara-relation')?.negated).toBe(1);
  });
});

describe('who a person is, beside a need for support (theme `need`)', () => {
  const distressed =
    'Man 40 år, har nyligen kommit ut som bisexuell. Ångest, önskar kontakt med andra i liknande situation.';

  it('counts the need only when the paragraph says it', () => {
    expect(hit(distressed, 'hbtqi')?.need).toBe(2);
    expect(hit('Man 34, MSM, PrEP-uppföljning. Hiv neg.', 'hbtqi')?.need ?? 0).toBe(0);
    expect(hit('Man 34, MSM.\n\nÅngest sedan i våras.', 'hbtqi')?.need ?? 0).toBe(0);
  });

  it('suggests hbtqi support with a need, nothing without', () => {
    expect(top(distressed)).toContain('rfsl-stodmottagning');
    expect(top('Man 34, MSM, PrEP-uppföljning. Hiv neg.')).toEqual([]);
  });
});

describe('a child exploited: social services before a staff-only service for children', () => {
  it('puts Socialjouren (where a report goes) before Barnahus (after a report), which gets no child lift', () => {
    const ids = top('Skolsköterska. Elev 13 år, nakenbilder på henne sprids i en gruppchatt på skolan.', 5);
    expect(ids.indexOf('socialjouren-halland')).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf('socialjouren-halland')).toBeLessThan(
      ids.includes('barnahus-halland') ? ids.indexOf('barnahus-halland') : Number.POSITIVE_INFINITY,
    );
    expect(
      suggest('Elev 13 år, nakenbilder på henne sprids.').find((s) => s.id === 'barnahus-halland')?.reasons ??
        [],
    ).not.toContain('för barn och unga');
  });
});

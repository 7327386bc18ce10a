/**
 * A child with a much older partner is a suspected sexual exploitation, read from the ages alone
 * ("Elev 16 år, pojkvännen är 24"); a partner of about the same age is not.
 */
import { describe, expect, it } from 'vitest';
import { olderPartner, partnerAge } from '../../../lib/matcher/older-partner.ts';
import { rulesOnly } from './reader.ts';

describe('the age of a partner', () => {
  it.each([
    ['Elev 16 år, tjej, pojkvännen är 24 och kontrollerar hennes mobil.', 24],
    ["Flyttade hemifrån till 'pojkvannen' 35 ar nar hon var 16.", 35],
    ["Har en 'pojkvän' på 29 som hon träffat på ett spelforum.", 29],
    ['Pojkvännen, 23, hämtar henne efter skolan.', 23],
    ['Hämtas av en man i 25-årsåldern efter skolan.', 25],
    ['Träffar en 30-årig man från en app.', 30],
    ['Sambo sedan 9 år.', null],
    ['Pojkvännen kom 20 min försent.', null],
    ['Pojkvän 17 år sedan ett halvår.', null],
  ])('%s → %s', (text, age) => {
    expect(partnerAge(text)).toBe(age);
  });

  it.each([
    [14, 19, true],
    [16, 24, true],
    [17, 35, true],
    [16, 19, false],
    [15, 17, false],
    [19, 40, false],
  ])('a child of %i with a partner of %i: %s', (child, partner, older) => {
    expect(olderPartner(child, partner)).toBe(older);
  });
});

describe('a child with a much older partner', () => {
  const theme = (text: string) =>
    rulesOnly.scan(text).hits.find((h) => h.theme === 'barn-sexuell-exploatering');

  it.each([
    'Elev 16 ar, tjej, pojkvannen ar 24 och kontrollerar hennes mobil.',
    'Pat 14 år flicka, akut gyn. Gravid v 8. Pojkvännen är 23 år.',
    "Mamma ringer. Dottern 16 ar har sedan i varas en 'pojkvan' pa 29.",
  ])('is a suspected exploitation: %s', (text) => {
    expect(theme(text)).toMatchObject({ count: 1, uncertain: 1 });
  });

  it('concerns the daughter a parent calls about, not the caller', () => {
    expect(theme("Mamma ringer. Dottern 16 ar har en 'pojkvan' pa 29.")?.other).toBe(1);
  });

  it.each([
    'Flicka 15 år, pojkvän 17 år sedan ett halvår.',
    'UM, tjej 16 ar. Pojkvannen ar 19, de har varit tillsammans sedan hon var 15.',
    'Kvinna 24 år, pojkvännen är 40.',
  ])('is nothing for partners of about the same age or adults: %s', (text) => {
    expect(theme(text)).toBeUndefined();
  });
});

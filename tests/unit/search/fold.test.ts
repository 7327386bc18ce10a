import { describe, expect, it } from 'vitest';
import { fold, looksLikePhone, phoneDigits } from '../../../lib/search/fold.ts';

describe('fold', () => {
  it.each([
    ['Människohandel', 'manniskohandel'],
    ['ÅÄÖ åäö', 'aao aao'],
    ['Café Über', 'cafe uber'],
    ['  Sex  mot\tersättning ', 'sex mot ersattning'],
    ['sex-mot-ersättning', 'sex mot ersattning'],
    ['Barn – och — unga', 'barn och unga'],
    ['hbtq+', 'hbtq+'],
    ['Ærø', 'aero'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = fold('  Jämställdhets-MYNDIGHETEN  ');
    expect(fold(once)).toBe(once);
  });
});

describe('phoneDigits', () => {
  it.each([
    ['020-39 00 00', '020390000'],
    ['020-390 000', '020390000'],
    ['+46 20 505050', '020505050'],
    ['0046 20 50 50 50', '020505050'],
    ['116 111', '116111'],
    ['abc', ''],
  ])('%j → %j', (input, expected) => {
    expect(phoneDigits(input)).toBe(expected);
  });
});

describe('looksLikePhone', () => {
  it('accepts digit groupings', () => {
    for (const q of ['020390000', '020-39 00 00', '+46 20 390000', '(020) 39 00 00'])
      expect(looksLikePhone(q)).toBe(true);
  });
  it('rejects words, short numbers and mixed text', () => {
    for (const q of ['nmt', '11', '1177 vårdguiden', '', '   ']) expect(looksLikePhone(q)).toBe(false);
  });
});

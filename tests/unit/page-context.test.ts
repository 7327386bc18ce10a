import { describe, expect, it } from 'vitest';
import { badgeText, parseAge, parseHits } from '../../lib/page-context.ts';

const hit = { theme: 'sex-mot-ersattning', count: 2, negated: 1, words: ['sex mot ersättning'] };

describe('parseHits', () => {
  it('accepts theme hits', () => {
    expect(parseHits([hit])).toEqual([hit]);
    expect(parseHits([])).toEqual([]);
  });
  it('rejects anything that could carry page text or nonsense', () => {
    const bad: unknown[] = [
      null,
      'text',
      [{ ...hit, theme: 'unknown-theme' }],
      [{ ...hit, negated: 3 }],
      [{ ...hit, count: 0, negated: 0 }],
      [{ ...hit, count: 1.5 }],
      [{ ...hit, words: ['x'.repeat(200)] }],
      [{ ...hit, words: ['a', 'b', 'c', 'd', 'e', 'f'] }],
      [{ ...hit, words: [42] }],
      [hit, hit],
    ];
    for (const value of bad) expect(parseHits(value), JSON.stringify(value)?.slice(0, 60)).toBeNull();
  });
  it('drops extra fields a content script might add', () => {
    expect(parseHits([{ ...hit, text: 'Patienten berättar …' }])).toEqual([hit]);
  });
});

describe('parseAge', () => {
  it('accepts null and whole ages, refuses the rest', () => {
    expect(parseAge(null)).toBeNull();
    expect(parseAge(17)).toBe(17);
    for (const v of [-1, 17.5, 500, '17', undefined]) expect(parseAge(v)).toBeUndefined();
  });
});

describe('badgeText', () => {
  it('shows nothing for no suggestions and caps at 9+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(12)).toBe('9+');
  });
});

import { describe, expect, it } from 'vitest';
import { badgeText } from '../../lib/page/page-context.ts';
import {
  type Known,
  knownIn,
  parseAge,
  parseHits,
  parseNamed,
  parsePatient,
  parseReport,
} from '../../lib/page/page-report.ts';
import { NO_PATIENT } from '../../lib/rank/patient.ts';

const hit = {
  theme: 'sex-mot-ersattning',
  count: 4,
  negated: 1,
  denied: 1,
  uncertain: 1,
  hypothetical: 0,
  other: 2,
  words: ['sex mot ersättning', 'betalt + sexuella'],
};
const named = { id: 'terrafem', count: 2, negated: 1 };
const patient = {
  age: 32,
  otherAge: 15,
  otherGender: 'man',
  gender: 'woman',
  interpreter: true,
  languages: ['ar', 'rom'],
  children: true,
};
const known: Known = {
  resource: (id) => ['terrafem', 'bris'].includes(id),
  word: (w) => w.split(' + ').every((t) => ['sex mot ersättning', 'betalt', 'sexuella'].includes(t)),
};
const isWord = known.word;

describe('parseHits', () => {
  it('accepts situation hits with their modifiers', () => {
    expect(parseHits([hit], isWord)).toEqual([hit]);
    expect(parseHits([], isWord)).toEqual([]);
    expect(parseHits([{ ...hit, need: 2 }], isWord)).toEqual([{ ...hit, need: 2 }]);
  });

  it('rejects anything that could carry page text or nonsense', () => {
    const bad: unknown[] = [
      null,
      'text',
      { 0: hit },
      [{ ...hit, theme: 'unknown-theme' }],
      [{ ...hit, theme: 'prostitution' }],
      [{ ...hit, negated: 5 }],
      [{ ...hit, need: 5 }],
      [{ ...hit, need: 'mår dåligt' }],
      [{ ...hit, other: 5 }],
      [{ ...hit, denied: -1 }],
      [{ ...hit, uncertain: 1.5 }],
      // Every mention has one polarity: these add up to more than the mentions.
      [{ ...hit, negated: 2, denied: 2, uncertain: 1 }],
      [{ ...hit, count: 0, negated: 0, denied: 0, uncertain: 0, other: 0 }],
      [{ ...hit, count: 1.5 }],
      [{ ...hit, count: 2_000_000 }],
      [{ ...hit, hypothetical: undefined }],
      [{ ...hit, words: ['x'.repeat(61)] }],
      [{ ...hit, words: ['a', 'b', 'c', 'd', 'e', 'f'] }],
      [{ ...hit, words: [42] }],
      [{ ...hit, words: [''] }],
      [{ ...hit, words: 'sex mot ersättning' }],
      [hit, hit],
    ];
    for (const value of bad) expect(parseHits(value, isWord), JSON.stringify(value)?.slice(0, 80)).toBeNull();
  });

  it('drops extra fields a content script might add, and words the vocabulary does not know', () => {
    expect(parseHits([{ ...hit, text: 'Patienten berättar …' }], isWord)).toEqual([hit]);
    expect(parseHits([{ ...hit, words: ['sex mot ersättning', 'hon berättar'] }], isWord)).toEqual([
      { ...hit, words: ['sex mot ersättning'] },
    ]);
  });
});

describe('parseNamed', () => {
  it('accepts named resources and drops the ones the catalogue does not know', () => {
    expect(parseNamed([named], known.resource)).toEqual([named]);
    expect(parseNamed([named, { id: 'borttagen', count: 1, negated: 0 }], known.resource)).toEqual([named]);
  });

  it('refuses malformed entries', () => {
    const bad: unknown[] = [
      null,
      [{ ...named, id: 'Terrafem i Halland' }],
      [{ ...named, id: 'x'.repeat(101) }],
      [{ ...named, count: 0, negated: 0 }],
      [{ ...named, negated: 3 }],
      [{ ...named, count: '2' }],
      [named, named],
      Array.from({ length: 51 }, (_, i) => ({ id: `r${i}`, count: 1, negated: 0 })),
    ];
    for (const value of bad) expect(parseNamed(value, known.resource), JSON.stringify(value)).toBeNull();
  });
});

describe('parsePatient', () => {
  it('accepts the summarised patient values', () => {
    expect(parsePatient(patient)).toEqual(patient);
    expect(parsePatient(NO_PATIENT)).toEqual(NO_PATIENT);
    expect(parsePatient({ ...patient, extra: 'Anna Andersson' })).toEqual(patient);
    // A report without the other person's gender (an older reader) has none.
    const { otherGender: _, ...older } = patient;
    expect(parsePatient(older)).toEqual({ ...patient, otherGender: null });
    // Nor, from a reader before children were read, any children.
    const { children: __, ...noChildren } = patient;
    expect(parsePatient(noChildren)).toEqual({ ...patient, children: false });
  });

  it('refuses values out of range or of another kind', () => {
    const bad: unknown[] = [
      null,
      [],
      { ...patient, age: 131 },
      { ...patient, age: -1 },
      { ...patient, age: 31.5 },
      { ...patient, otherAge: '15' },
      { ...patient, otherGender: 'son' },
      { ...patient, otherGender: 'trans' },
      { ...patient, age: undefined },
      { ...patient, gender: 'kvinna' },
      { ...patient, gender: undefined },
      { ...patient, interpreter: 1 },
      { ...patient, children: 'ja' },
      { ...patient, children: 2 },
      { ...patient, languages: ['ar', 'so', 'fa', 'ku'] },
      { ...patient, languages: ['arabiska'] },
      { ...patient, languages: ['AR'] },
      { ...patient, languages: ['a'] },
      { ...patient, languages: ['ar', 'ar'] },
      { ...patient, languages: 'ar' },
    ];
    for (const value of bad) expect(parsePatient(value), JSON.stringify(value)).toBeNull();
  });
});

describe('parseAge', () => {
  it('accepts null and whole ages, refuses the rest', () => {
    expect(parseAge(null)).toBeNull();
    expect(parseAge(17)).toBe(17);
    expect(parseAge(130)).toBe(130);
    for (const v of [-1, 17.5, 131, 500, '17', undefined]) expect(parseAge(v)).toBeUndefined();
  });
});

describe('parseReport', () => {
  const report = { hits: [hit], named: [named], patient, age: 16 };

  it('takes a whole report, keeping only the fields it knows', () => {
    expect(parseReport(report, known)).toEqual(report);
    expect(parseReport({ ...report, text: 'Patienten berättar …' }, known)).toEqual(report);
  });

  it('refuses the report when any one field is malformed or missing', () => {
    for (const key of ['hits', 'named', 'patient', 'age'] as const) {
      expect(parseReport({ ...report, [key]: undefined }, known), key).toBeNull();
      expect(parseReport({ ...report, [key]: 'text' }, known), key).toBeNull();
    }
    expect(parseReport(null, known)).toBeNull();
  });
});

describe('knownIn', () => {
  const catalogue = {
    resources: [{ id: 'terrafem' }],
    vocabulary: [{ terms: [{ term: 'Sex mot ersättning' }] }],
    parts: [{ terms: [{ term: 'betalt' }] }, { terms: [{ term: 'sexuella' }] }],
  } as unknown as Parameters<typeof knownIn>[0];

  it('knows the catalogue ids, its terms lower-cased, and combinations of them', () => {
    const k = knownIn(catalogue);
    expect(k.resource('terrafem')).toBe(true);
    expect(k.resource('bris')).toBe(false);
    expect(k.word('sex mot ersättning')).toBe(true);
    expect(k.word('betalt + sexuella')).toBe(true);
    expect(k.word('betalt + hon')).toBe(false);
    expect(k.word('patienten berättar')).toBe(false);
  });
});

describe('badgeText', () => {
  it('shows nothing for no suggestions and caps at 9+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(3)).toBe('3');
    expect(badgeText(12)).toBe('9+');
  });
});

import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import type { Theme } from '../../../data/vocabulary-schema.ts';
import type { NamedHit, ThemeHit } from '../../../lib/matcher/index.ts';
import { NO_PATIENT, type PageFindings, rankSuggestions } from '../../../lib/rank/index.ts';

function resource(
  id: string,
  serves: Resource['serves'],
  over: Partial<Pick<Resource, 'eligibility' | 'coverage' | 'kind'>> = {},
): Resource {
  return {
    kind: over.kind ?? 'helpline',
    id,
    name: id,
    organisation: 'Test',
    purpose: 'A resource used only in tests.',
    audience: ['patient'],
    eligibility: over.eligibility ?? { age: 'unknown', gender: 'unknown', hbtqi: 'unknown' },
    channels: [],
    anonymity: 'unknown',
    cost: 'unknown',
    languages: 'unknown',
    coverage: over.coverage ?? { scope: 'national' },
    serves,
    aliases: [],
    keywords: [],
    sources: [{ url: 'https://example.org/', label: 'test' }],
    verified: '2026-01-01',
  } as Resource;
}

const theme = (id: Theme['id'], label: string): Theme => ({
  id,
  label,
  labelEn: label,
  terms: [{ term: label, match: 'stem' }],
  combos: [],
  signs: [],
  sources: [],
});

const themes: Theme[] = [
  theme('sex-mot-ersattning', 'sex mot ersättning'),
  theme('hbtqi', 'hbtq'),
  theme('manniskohandel', 'människohandel'),
  theme('akut-fara', 'akut fara'),
];
const SME = { 'sex-mot-ersattning': 0.6 } as const;
const resources = [
  resource(
    'pegasus',
    { ...SME, hbtqi: 0.6 },
    { eligibility: { age: { min: 15, max: 25 }, gender: ['any'], hbtqi: true } },
  ),
  resource('national', SME),
  resource('halland', SME, { coverage: { scope: 'regions', regions: ['13'] } }),
  resource('stockholm', SME, { coverage: { scope: 'regions', regions: ['01'] } }),
  resource('nmt', { manniskohandel: 1 }),
];
const hit = (theme: ThemeHit['theme'], count: number, over: Partial<ThemeHit> = {}): ThemeHit => ({
  theme,
  count,
  negated: 0,
  denied: 0,
  uncertain: 0,
  hypothetical: 0,
  other: 0,
  words: [],
  ...over,
});
const page = (hits: ThemeHit[], named: NamedHit[] = [], patient = NO_PATIENT): PageFindings => ({
  hits,
  named,
  patient,
});
const ids = (s: { id: string }[]) => s.map((x) => x.id);

describe('rankSuggestions', () => {
  it('explains with situation labels and sums what a resource serves', () => {
    const both = rankSuggestions(page([hit('sex-mot-ersattning', 2), hit('hbtqi', 1)]), resources, themes);
    expect(both[0]?.id).toBe('pegasus');
    expect(both[0]?.reasons).toEqual(
      expect.arrayContaining(['sidan nämner: sex mot ersättning', 'sidan nämner: hbtq']),
    );
    const one = rankSuggestions(page([hit('sex-mot-ersattning', 2)]), resources, themes);
    const score = (list: typeof one) => list.find((s) => s.id === 'pegasus')?.score ?? 0;
    expect(score(both)).toBeGreaterThan(score(one));
  });

  it('respects age limits; unknown age limits never exclude', () => {
    const hits = page([hit('sex-mot-ersattning', 1)]);
    const rank = (opts: Parameters<typeof rankSuggestions>[3], findings = hits) =>
      ids(rankSuggestions(findings, resources, themes, opts));
    expect(rank({ age: 40 })).not.toContain('pegasus');
    expect(rank({ age: 17 })).toContain('pegasus');
    expect(rank({ ageGroup: 'over25' })).not.toContain('pegasus');
    expect(rank({ ageGroup: 'under15' })).not.toContain('pegasus');
    expect(rank({ ageGroup: '18-25' })).toContain('pegasus');
    expect(rank({ age: 40 })).toContain('national');
    // The note's age counts too, and an age the user or the personnummer gave wins over it.
    const note40 = page([hit('sex-mot-ersattning', 1)], [], { ...NO_PATIENT, age: 40 });
    expect(rank({}, note40)).not.toContain('pegasus');
    expect(rank({ age: 17 }, note40)).toContain('pegasus');
  });

  it('puts the home region first, then national, then other regions', () => {
    const out = rankSuggestions(page([hit('sex-mot-ersattning', 1)]), resources, themes, {
      homeRegion: '13',
      age: 40,
    });
    expect(ids(out)).toEqual(['halland', 'national', 'stockholm']);
    expect(out[0]?.reasons).toContain('finns i din region');
  });

  it('puts open before closed, unknown in between', () => {
    const isOpen = (id: string) => (id === 'stockholm' ? true : id === 'halland' ? false : 'unknown');
    const out = rankSuggestions(page([hit('sex-mot-ersattning', 1)]), resources, themes, { isOpen, age: 40 });
    expect(ids(out)).toEqual(['stockholm', 'national', 'halland']);
    expect(out[2]?.reasons).toContain('stängt just nu');
  });

  it('lists situations that are only negated or denied last, marked', () => {
    const negated = page([hit('manniskohandel', 3, { negated: 3 }), hit('sex-mot-ersattning', 1)]);
    const out = rankSuggestions(negated, resources, themes, { age: 40 });
    // Equal scores go by id; the resource for the negated situation comes last.
    expect(ids(out)).toEqual(['halland', 'national', 'stockholm', 'nmt']);
    expect(out.at(-1)).toMatchObject({ negatedOnly: true, reasons: ['nämns som nekat: människohandel'] });
    expect(out.at(-1)?.score ?? 1).toBeLessThan((out[0]?.score ?? 0) / 2);
    const denied = rankSuggestions(page([hit('manniskohandel', 1, { denied: 1 })]), resources, themes);
    expect(denied).toMatchObject([
      { id: 'nmt', negatedOnly: true, reasons: ['patienten förnekar: människohandel'] },
    ]);
  });

  it('puts a resource the page names before the others, and ignores names of unknown resources', () => {
    const named = rankSuggestions(
      page([hit('sex-mot-ersattning', 1)], [{ id: 'stockholm', count: 1, negated: 0 }]),
      resources,
      themes,
      { homeRegion: '13', age: 40 },
    );
    expect(ids(named)[0]).toBe('stockholm');
    expect(named[0]?.reasons[0]).toBe('sidan nämner stockholm');
    // Named only in a negation ("avböjer kontakt med …") it is not put first.
    const refused = rankSuggestions(
      page([hit('sex-mot-ersattning', 1)], [{ id: 'stockholm', count: 1, negated: 1 }]),
      resources,
      themes,
      { homeRegion: '13', age: 40 },
    );
    expect(ids(refused)[0]).toBe('halland');
    expect(rankSuggestions(page([], [{ id: 'nowhere', count: 2, negated: 0 }]), resources, themes)).toEqual(
      [],
    );
  });

  it('puts what serves acute danger on top when the page says so', () => {
    const withAcute = [...resources, resource('sos', { 'akut-fara': 1 })];
    const out = rankSuggestions(
      page([hit('sex-mot-ersattning', 3), hit('akut-fara', 1)]),
      withAcute,
      themes,
      { age: 40 },
    );
    expect(out[0]).toMatchObject({ id: 'sos', group: 'akut' });
    expect(out.slice(1).every((s) => s.group === 'contact')).toBe(true);
  });

  it('ignores situations nothing serves and applies the limit', () => {
    expect(rankSuggestions(page([hit('sjalvskada', 4)]), resources, themes)).toEqual([]);
    expect(
      rankSuggestions(page([hit('sex-mot-ersattning', 1)]), resources, themes, { limit: 2 }),
    ).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import type { Theme } from '../../../data/vocabulary-schema.ts';
import type { ThemeHit } from '../../../lib/matcher/index.ts';
import { rankSuggestions } from '../../../lib/rank/index.ts';

function resource(id: string, over: Partial<Pick<Resource, 'eligibility' | 'coverage'>> = {}): Resource {
  return {
    kind: 'helpline',
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
    themes: [],
    keywords: [],
    sources: [{ url: 'https://example.org/', label: 'test' }],
    verified: '2026-01-01',
  };
}

const theme = (id: Theme['id'], label: string, resources: Theme['resources']): Theme => ({
  id,
  label,
  labelEn: label,
  terms: [{ term: label, match: 'stem' }],
  resources,
  sources: [],
});

const themes: Theme[] = [
  theme('sex-mot-ersattning', 'sex mot ersättning', [
    { id: 'pegasus', weight: 0.6 },
    { id: 'national', weight: 0.6 },
    { id: 'halland', weight: 0.6 },
    { id: 'stockholm', weight: 0.6 },
  ]),
  theme('hbtqi', 'hbtq', [{ id: 'pegasus', weight: 0.6 }]),
  theme('manniskohandel', 'människohandel', [{ id: 'nmt', weight: 1 }]),
];
const resources = [
  resource('pegasus', { eligibility: { age: { min: 15, max: 25 }, gender: ['any'], hbtqi: true } }),
  resource('national'),
  resource('halland', { coverage: { scope: 'regions', regions: ['13'] } }),
  resource('stockholm', { coverage: { scope: 'regions', regions: ['01'] } }),
  resource('nmt'),
];
const hit = (theme: ThemeHit['theme'], count: number, negated = 0): ThemeHit => ({
  theme,
  count,
  negated,
  words: [],
});
const ids = (s: { id: string }[]) => s.map((x) => x.id);

describe('rankSuggestions', () => {
  it('explains with theme labels and counts, summing themes', () => {
    const out = rankSuggestions([hit('sex-mot-ersattning', 2), hit('hbtqi', 1)], resources, themes);
    expect(out[0]?.id).toBe('pegasus');
    expect(out[0]?.reasons).toContain('sidan nämner: sex mot ersättning (2), hbtq');
  });

  it('respects age limits; unknown age limits never exclude', () => {
    const hits = [hit('sex-mot-ersattning', 1)];
    expect(ids(rankSuggestions(hits, resources, themes, { age: 40 }))).not.toContain('pegasus');
    expect(ids(rankSuggestions(hits, resources, themes, { age: 17 }))).toContain('pegasus');
    expect(ids(rankSuggestions(hits, resources, themes, { ageGroup: 'over25' }))).not.toContain('pegasus');
    expect(ids(rankSuggestions(hits, resources, themes, { ageGroup: 'under15' }))).not.toContain('pegasus');
    expect(ids(rankSuggestions(hits, resources, themes, { ageGroup: '18-25' }))).toContain('pegasus');
    expect(ids(rankSuggestions(hits, resources, themes, { age: 40 }))).toContain('national');
  });

  it('puts the home region first, then national, then other regions', () => {
    const out = rankSuggestions([hit('sex-mot-ersattning', 1)], resources, themes, {
      homeRegion: '13',
      age: 40,
    });
    expect(ids(out)).toEqual(['halland', 'national', 'stockholm']);
    expect(out[0]?.reasons).toContain('finns i din region');
  });

  it('puts open before closed, unknown in between', () => {
    const isOpen = (id: string) => (id === 'stockholm' ? true : id === 'halland' ? false : 'unknown');
    const out = rankSuggestions([hit('sex-mot-ersattning', 1)], resources, themes, { isOpen, age: 40 });
    expect(ids(out)).toEqual(['stockholm', 'national', 'halland']);
    expect(out[2]?.reasons).toContain('stängt just nu');
  });

  it('lists negated-only themes last, marked', () => {
    const out = rankSuggestions([hit('manniskohandel', 3, 3), hit('hbtqi', 1)], resources, themes);
    expect(ids(out)).toEqual(['pegasus', 'nmt']);
    expect(out[1]).toMatchObject({ negatedOnly: true, reasons: ['nämns som nekat: människohandel'] });
    expect(out[1]?.score ?? 1).toBeLessThan((out[0]?.score ?? 0) / 2);
  });

  it('ignores unknown themes and resources and applies the limit', () => {
    expect(rankSuggestions([hit('sjalvskada', 4)], resources, themes)).toEqual([]);
    const missing = [theme('sexkop', 'sexköp', [{ id: 'nowhere', weight: 1 }])];
    expect(rankSuggestions([hit('sexkop', 1)], resources, missing)).toEqual([]);
    expect(rankSuggestions([hit('sex-mot-ersattning', 1)], resources, themes, { limit: 2 })).toHaveLength(2);
  });
});

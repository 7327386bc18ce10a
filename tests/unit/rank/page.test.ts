import { beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import type { Theme } from '../../../data/vocabulary-schema.ts';
import { countSuggestions } from '../../../entrypoints/background/suggestions.ts';
import { type BundledCatalogue, hoursKey } from '../../../lib/catalogue/bundled.ts';
import type { PageFindings } from '../../../lib/rank/index.ts';
import { DEFAULT_HOME_REGION, hasFindings, openState, rankForPage } from '../../../lib/rank/page.ts';
import { NO_PATIENT } from '../../../lib/rank/patient.ts';
import { byId, realCatalogue } from '../catalogue-fixture.ts';

let real: BundledCatalogue;
beforeAll(async () => {
  real = await realCatalogue();
});

/** One situation that the given resources serve equally well: only region and hours differ. */
function catalogueOf(resources: Resource[], hours: BundledCatalogue['hours']) {
  const theme: Theme = {
    id: 'sex-mot-ersattning',
    label: 'sex mot ersättning',
    labelEn: 'sex for compensation',
    terms: [{ term: 'sex mot ersättning', match: 'stem' }],
    combos: [],
    signs: [],
    sources: [],
  };
  const serving = resources.map((r) => ({ ...r, serves: { 'sex-mot-ersattning': 0.8 } }));
  return { resources: serving, vocabulary: [theme], hours };
}
const HIT = {
  theme: 'sex-mot-ersattning' as const,
  count: 1,
  negated: 0,
  denied: 0,
  uncertain: 0,
  hypothetical: 0,
  other: 0,
  words: [],
};
const HITS: PageFindings = { hits: [HIT], named: [], patient: NO_PATIENT };
const TUESDAY_NOON = new Date('2026-12-01T11:00:00Z');
const TUESDAY_2230 = new Date('2026-12-01T21:30:00Z');

/** A copy of a real resource under another id, with that resource's real hours. */
function copyOf(id: string, newId: string, coverage?: Resource['coverage']) {
  const r = byId(real, id);
  const hours: BundledCatalogue['hours'] = {};
  r.channels.forEach((_, i) => {
    const h = real.hours[hoursKey(id, i)];
    if (h !== undefined) hours[hoursKey(newId, i)] = h;
  });
  return { resource: { ...r, id: newId, ...(coverage ? { coverage } : {}) }, hours };
}

describe('rankForPage', () => {
  it('puts a Halland resource before an equal national one, with Halland as the default region', () => {
    const national = copyOf('kvinnofridslinjen', 'b-national', { scope: 'national' });
    const halland = copyOf('kvinnofridslinjen', 'a-halland', { scope: 'regions', regions: ['13'] });
    const catalogue = catalogueOf([national.resource, halland.resource], {
      ...national.hours,
      ...halland.hours,
    });
    expect(DEFAULT_HOME_REGION).toBe('13');
    const out = rankForPage(HITS, catalogue, { now: TUESDAY_NOON, limit: 5 });
    expect(out.map((s) => s.id)).toEqual(['a-halland', 'b-national']);
    expect(out[0]?.reasons).toContain('finns i din region');
    // Another home region (policy or user): the Halland one falls behind the national one.
    const elsewhere = rankForPage(HITS, catalogue, { now: TUESDAY_NOON, limit: 5, homeRegion: '01' });
    expect(elsewhere.map((s) => s.id)).toEqual(['b-national', 'a-halland']);
  });

  it('puts a line that is open now before one that has closed', () => {
    const late = copyOf('stodlinjen-for-man', 'a-closes-21', { scope: 'national' });
    const always = copyOf('kvinnofridslinjen', 'b-always', { scope: 'national' });
    const catalogue = catalogueOf([late.resource, always.resource], { ...late.hours, ...always.hours });
    const night = rankForPage(HITS, catalogue, { now: TUESDAY_2230, limit: 5 });
    expect(night.map((s) => s.id)).toEqual(['b-always', 'a-closes-21']);
    expect(night[1]?.reasons).toContain('stängt just nu');
    // At noon both are open and the ids decide: the order is not fixed by the data.
    const noon = rankForPage(HITS, catalogue, { now: TUESDAY_NOON, limit: 5 });
    expect(noon.map((s) => s.id)).toEqual(['a-closes-21', 'b-always']);
  });

  it('treats a resource without known hours as unknown, never as closed', () => {
    const web = { ...byId(real, 'kvinnofridslinjen'), id: 'web-only', channels: [] };
    expect(openState(web, { hours: {} }, TUESDAY_2230)).toBe('unknown');
    const closed = copyOf('stodlinjen-for-man', 'x');
    expect(openState(closed.resource, { hours: closed.hours }, TUESDAY_2230)).toBe(false);
  });

  it('lets the chosen age group win over any age read from the page', () => {
    const pegasus = copyOf('pegasus-rad-och-stod', 'pegasus');
    const catalogue = catalogueOf([pegasus.resource], pegasus.hours);
    const limits = pegasus.resource.eligibility.age;
    expect(typeof limits === 'object' && limits.max).toBeTruthy();
    const now = TUESDAY_NOON;
    // The personnummer age, and the note's age, each exclude the resource (15–25) …
    expect(rankForPage(HITS, catalogue, { now, limit: 5, age: 60 })).toEqual([]);
    const note60 = { ...HITS, patient: { ...NO_PATIENT, age: 60 } };
    expect(rankForPage(note60, catalogue, { now, limit: 5 })).toEqual([]);
    // … until the user picks an age group.
    expect(rankForPage(HITS, catalogue, { now, limit: 5, age: 60, ageGroup: '18-25' })).toHaveLength(1);
    expect(rankForPage(note60, catalogue, { now, limit: 5, ageGroup: '18-25' })).toHaveLength(1);
  });

  it("lets the personnummer age win over the note's age", () => {
    const pegasus = copyOf('pegasus-rad-och-stod', 'pegasus');
    const catalogue = catalogueOf([pegasus.resource], pegasus.hours);
    const note20 = { ...HITS, patient: { ...NO_PATIENT, age: 20 } };
    expect(rankForPage(note20, catalogue, { now: TUESDAY_NOON, limit: 5 })).toHaveLength(1);
    expect(rankForPage(note20, catalogue, { now: TUESDAY_NOON, limit: 5, age: 60 })).toEqual([]);
  });

  it('suggests a resource the page names even without a situation', () => {
    const a = copyOf('kvinnofridslinjen', 'a', { scope: 'national' });
    const catalogue = catalogueOf([a.resource], a.hours);
    const named: PageFindings = { hits: [], named: [{ id: 'a', count: 1, negated: 0 }], patient: NO_PATIENT };
    expect(hasFindings(named)).toBe(true);
    expect(rankForPage(named, catalogue, { now: TUESDAY_NOON, limit: 5 }).map((s) => s.id)).toEqual(['a']);
    expect(hasFindings({ hits: [], named: [], patient: { ...NO_PATIENT, age: 30 } })).toBe(false);
  });
});

describe('countSuggestions (the badge)', () => {
  it('counts the same ranked list as the panel, with region and hours', async () => {
    const a = copyOf('kvinnofridslinjen', 'a', { scope: 'regions', regions: ['01'] });
    const catalogue = catalogueOf([a.resource], a.hours);
    await expect(countSuggestions(HITS, catalogue, null, null, TUESDAY_NOON)).resolves.toBe(1);
    await expect(
      countSuggestions({ hits: [], named: [] }, catalogue, null, '13', TUESDAY_NOON),
    ).resolves.toBe(0);
  });

  it('does not count suggestions that come only from negated mentions', async () => {
    const a = copyOf('kvinnofridslinjen', 'a', { scope: 'national' });
    const catalogue = catalogueOf([a.resource], a.hours);
    const negated = { ...HITS, hits: [{ ...HIT, count: 2, negated: 1, denied: 1 }] };
    expect(rankForPage(negated, catalogue, { now: TUESDAY_NOON, limit: 5 })).toMatchObject([
      { id: 'a', negatedOnly: true },
    ]);
    await expect(countSuggestions(negated, catalogue, null, null, TUESDAY_NOON)).resolves.toBe(0);
  });
});

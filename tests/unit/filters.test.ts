import { beforeAll, describe, expect, it } from 'vitest';
import type { BundledCatalogue } from '../../lib/catalogue/bundled.ts';
import { applyFilters, fitsAgeGroup, hasFilters, isOpenNow } from '../../lib/results/filters.ts';
import { NO_FILTERS } from '../../lib/storage/user-data.ts';
import { byId, realCatalogue } from './catalogue-fixture.ts';

// Tuesday 1 December 2026, 22:30 in Stockholm (UTC+1).
const TUESDAY_NIGHT = new Date('2026-12-01T21:30:00Z');
// Tuesday 1 December 2026, 12:00 in Stockholm.
const TUESDAY_NOON = new Date('2026-12-01T11:00:00Z');

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});

const ids = (filters: Partial<typeof NO_FILTERS>, now = TUESDAY_NIGHT) =>
  applyFilters(catalogue.resources, { ...NO_FILTERS, ...filters }, catalogue, now).map((r) => r.id);

describe('open now', () => {
  it('keeps a 24/7 line and drops a line closed at night', () => {
    expect(isOpenNow(byId(catalogue, 'kvinnofridslinjen'), catalogue, TUESDAY_NIGHT)).toBe(true);
    expect(isOpenNow(byId(catalogue, 'stodlinjen-for-man'), catalogue, TUESDAY_NIGHT)).toBe(false);
    expect(isOpenNow(byId(catalogue, 'stodlinjen-for-man'), catalogue, TUESDAY_NOON)).toBe(true);
  });

  it('does not call unknown hours open, but shows them when the filter is off', () => {
    expect(isOpenNow(byId(catalogue, 'pegasuschatten'), catalogue, TUESDAY_NOON)).toBe(false);
    expect(ids({ openNow: true }, TUESDAY_NOON)).not.toContain('pegasuschatten');
    expect(ids({})).toContain('pegasuschatten');
  });

  it('treats a channel missing from the hours table as unknown, not open', () => {
    expect(isOpenNow(byId(catalogue, 'kvinnofridslinjen'), { hours: {} }, TUESDAY_NOON)).toBe(false);
  });

  it('narrows the list', () => {
    expect(ids({ openNow: true }).length).toBeGreaterThan(0);
    expect(ids({ openNow: true }).length).toBeLessThan(ids({}).length);
  });
});

describe('age group', () => {
  const range = (min: number | null, max: number | null) => ({
    eligibility: { age: { min, max }, gender: 'unknown', hbtqi: 'unknown' } as const,
  });

  it('matches ranges that overlap the group, at both edges', () => {
    expect(fitsAgeGroup(range(15, 25), 'under15')).toBe(false);
    expect(fitsAgeGroup(range(15, 25), '15-17')).toBe(true);
    expect(fitsAgeGroup(range(15, 25), '18-25')).toBe(true);
    expect(fitsAgeGroup(range(15, 25), 'over25')).toBe(false);
    expect(fitsAgeGroup(range(null, 17), 'under15')).toBe(true);
    expect(fitsAgeGroup(range(18, null), 'over25')).toBe(true);
    expect(fitsAgeGroup(range(18, null), '15-17')).toBe(false);
  });

  it('never excludes an unknown or unlimited age', () => {
    const unknown = { eligibility: { age: 'unknown', gender: 'unknown', hbtqi: 'unknown' } as const };
    const none = { eligibility: { age: 'none', gender: 'unknown', hbtqi: 'unknown' } as const };
    for (const group of ['under15', '15-17', '18-25', 'over25'] as const) {
      expect(fitsAgeGroup(unknown, group)).toBe(true);
      expect(fitsAgeGroup(none, group)).toBe(true);
    }
  });

  it('applies to the real catalogue', () => {
    const under15 = ids({ ageGroup: 'under15' });
    expect(under15).toContain('bris');
    expect(under15).toContain('kvinnofridslinjen'); // age unknown
    expect(under15).not.toContain('stodlinjen-for-man');
  });
});

describe('audience', () => {
  it('keeps resources for that audience only', () => {
    expect(ids({ audience: 'staff' })).toContain('barnahus-halland');
    expect(ids({ audience: 'staff' })).not.toContain('umo');
    expect(ids({ audience: 'patient' })).toContain('umo');
    expect(ids({ audience: 'patient' })).not.toContain('barnahus-halland');
  });

  it('combines with the other filters', () => {
    const both = ids({ audience: 'patient', ageGroup: 'over25' });
    expect(both).not.toContain('umo');
    expect(both).not.toContain('barnahus-halland');
  });

  it('hasFilters says whether anything is on', () => {
    expect(hasFilters(NO_FILTERS)).toBe(false);
    expect(hasFilters({ ...NO_FILTERS, audience: 'staff' })).toBe(true);
  });
});

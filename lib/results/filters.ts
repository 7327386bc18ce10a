/**
 * The popup's filters over resources. What is unknown is never treated as a "no": unknown hours
 * are not "open now" (we cannot say so), but an unknown age range is never filtered out.
 */
import type { Resource } from '../../data/schema.ts';
import { type BundledCatalogue, channelHours } from '../catalogue/bundled.ts';
import { hoursStatus } from '../hours/status.ts';
import type { AgeGroup, Filters } from '../storage/user-data.ts';

/** Inclusive age bounds of each age-group chip. */
export const AGE_BOUNDS: Record<AgeGroup, [number, number]> = {
  under15: [0, 14],
  '15-17': [15, 17],
  '18-25': [18, 25],
  over25: [26, 120],
};

export type HoursSource = Pick<BundledCatalogue, 'hours'>;

/** True when some channel with opening hours is open at `now`; web and e-mail have no hours. */
export function isOpenNow(
  resource: Pick<Resource, 'id' | 'channels'>,
  hours: HoursSource,
  now: Date,
): boolean {
  return resource.channels.some((channel, i) => {
    if (!('hours' in channel)) return false;
    const state = hoursStatus(channelHours(hours, resource.id, i), now).state;
    return state === 'open' || state === 'always';
  });
}

export function fitsAgeGroup(resource: Pick<Resource, 'eligibility'>, group: AgeGroup): boolean {
  const age = resource.eligibility.age;
  if (age === 'unknown' || age === 'none') return true;
  const [low, high] = AGE_BOUNDS[group];
  return (age.min ?? 0) <= high && (age.max ?? 120) >= low;
}

export function fitsAudience(resource: Pick<Resource, 'audience'>, audience: 'patient' | 'staff'): boolean {
  return resource.audience.includes(audience);
}

export function matchesFilters(resource: Resource, filters: Filters, hours: HoursSource, now: Date): boolean {
  if (filters.audience !== null && !fitsAudience(resource, filters.audience)) return false;
  if (filters.ageGroup !== null && !fitsAgeGroup(resource, filters.ageGroup)) return false;
  return !filters.openNow || isOpenNow(resource, hours, now);
}

export function applyFilters<R extends Resource>(
  resources: readonly R[],
  filters: Filters,
  hours: HoursSource,
  now: Date,
): R[] {
  return resources.filter((r) => matchesFilters(r, filters, hours, now));
}

export function hasFilters(filters: Filters): boolean {
  return filters.openNow || filters.audience !== null || filters.ageGroup !== null;
}

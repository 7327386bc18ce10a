/**
 * Reading the catalogue's "known or not" values the same way everywhere: opening hours and cost
 * are "unknown", unknown with a note, or known. Light enough for the popup (types only from zod).
 */
import type { Hours, Resource } from '../../data/schema.ts';

export type KnownHours = Exclude<Hours, string | { status: 'unknown' }>;

/** The schedule to compute open or closed from, or null when the hours are not known. */
export function knownHours(hours: Hours): KnownHours | null {
  return typeof hours === 'object' && 'osm' in hours ? hours : null;
}

/** The note beside the hours, whether they are known or only described. */
export function hoursNote(hours: Hours): string | undefined {
  return typeof hours === 'object' ? hours.note : undefined;
}

type Cost = Resource['cost'];
export type KnownCost = Exclude<Cost, string | { status: 'unknown' }>;

export function knownCost(cost: Cost): KnownCost | null {
  return typeof cost === 'object' && 'free' in cost ? cost : null;
}

export function costNote(cost: Cost): string | undefined {
  return typeof cost === 'object' ? cost.note : undefined;
}

/** The source a fact points to by url, when the resource lists it. */
export function sourceOf(resource: Pick<Resource, 'sources'>, url: string | undefined) {
  return url === undefined ? undefined : resource.sources.find((s) => s.url === url);
}

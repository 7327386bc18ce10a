/**
 * The list under the search box: search hits in rank order, or, for an empty query, favourites,
 * then recently used, then everything by name. Filters apply to all of it.
 */
import type { Resource } from '../../data/schema.ts';
import type { Searcher } from '../search/types.ts';
import type { Favourite, Filters, RecentUse } from '../storage/user-data.ts';
import { applyFilters, type HoursSource } from './filters.ts';

export type ResultGroup = 'hit' | 'favourite' | 'recent' | 'all';

export interface ResultEntry {
  resource: Resource;
  group: ResultGroup;
}

export interface ResultInput {
  byId: ReadonlyMap<string, Resource>;
  /** Every resource, sorted by name */
  byName: readonly Resource[];
  searcher: Searcher;
  query: string;
  filters: Filters;
  favourites: readonly Favourite[];
  recent: readonly RecentUse[];
  hours: HoursSource;
  now: Date;
  homeRegion?: string | null;
  /**
   * With an empty query, list the whole catalogue after the favourites and recent ones (the
   * popup); false lists only those two (the side panel, whose catalogue by theme is below).
   */
  browseAll?: boolean;
}

const SEARCH_LIMIT = 50;
const NAME_ORDER = new Intl.Collator('sv');

export function sortByName<R extends Pick<Resource, 'name'>>(resources: readonly R[]): R[] {
  return [...resources].sort((a, b) => NAME_ORDER.compare(a.name, b.name));
}

function emptyQueryList(input: ResultInput): ResultEntry[] {
  const seen = new Set<string>();
  const out: ResultEntry[] = [];
  const add = (resource: Resource | undefined, group: ResultGroup) => {
    if (resource === undefined || seen.has(resource.id)) return;
    seen.add(resource.id);
    out.push({ resource, group });
  };
  for (const f of input.favourites) add(input.byId.get(f.id), 'favourite');
  for (const r of input.recent) add(input.byId.get(r.id), 'recent');
  if (input.browseAll !== false) for (const r of input.byName) add(r, 'all');
  return out;
}

export function resultList(input: ResultInput): ResultEntry[] {
  const entries =
    input.query.trim() === ''
      ? emptyQueryList(input)
      : input.searcher
          .search(input.query, { limit: SEARCH_LIMIT, homeRegion: input.homeRegion ?? null })
          .flatMap((hit) => {
            const resource = input.byId.get(hit.id);
            return resource ? [{ resource, group: 'hit' as const }] : [];
          });
  const kept = new Set(
    applyFilters(
      entries.map((e) => e.resource),
      input.filters,
      input.hours,
      input.now,
    ),
  );
  return entries.filter((e) => kept.has(e.resource));
}

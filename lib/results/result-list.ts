/**
 * The list under the search box: search hits in rank order, or, for an empty query, favourites,
 * then recently used, then everything by name, the first `shown` of it (a national catalogue
 * does not put 10,000 rows on the screen; "Visa fler" shows more). Filters apply to all of it,
 * on each resource's details: an entry whose details are still loading is left out until they
 * are in (the caller loads them).
 */
import type { Detail, Row } from '../catalogue/index-data.ts';
import type { Searcher } from '../search/types.ts';
import type { Favourite, Filters, RecentUse } from '../storage/user-data.ts';
import { hasFilters, matchesFilters } from './filters.ts';

export type ResultGroup = 'hit' | 'favourite' | 'recent' | 'all';

export interface ResultEntry {
  resource: Row;
  group: ResultGroup;
}

/** The entries a list is made of: a CatalogueView (lib/catalogue/view.ts) is one. */
export interface RowSource {
  readonly count: number;
  readonly byName: ArrayLike<number>;
  row(idx: number): Row;
  indexOf(id: string): number | undefined;
}

export interface ResultInput {
  rows: RowSource;
  searcher: Searcher;
  query: string;
  filters: Filters;
  favourites: readonly Favourite[];
  recent: readonly RecentUse[];
  now: Date;
  homeRegion?: string | null;
  /** A resource's details, or null while they are not loaded (filters need them) */
  detail: (id: string) => Detail | null;
  /** How many entries of the whole list an empty query shows (default: all) */
  shown?: number;
  /**
   * With an empty query, list the whole catalogue after the favourites and recent ones (the
   * popup); false lists only those two (the side panel, whose catalogue by theme is below).
   */
  browseAll?: boolean;
}

export interface Results {
  entries: ResultEntry[];
  /** How many there are in all: more than `entries` when the whole list is cut at `shown` */
  total: number;
}

const SEARCH_LIMIT = 50;

/** Favourites, recently used, then everything by name: each entry once, lazily. */
function* wholeList(input: ResultInput): Generator<ResultEntry> {
  const seen = new Set<number>();
  const entry = (idx: number | undefined, group: ResultGroup): ResultEntry | null => {
    if (idx === undefined || seen.has(idx)) return null;
    seen.add(idx);
    return { resource: input.rows.row(idx), group };
  };
  for (const f of input.favourites) {
    const e = entry(input.rows.indexOf(f.id), 'favourite');
    if (e) yield e;
  }
  for (const r of input.recent) {
    const e = entry(input.rows.indexOf(r.id), 'recent');
    if (e) yield e;
  }
  if (input.browseAll === false) return;
  for (let i = 0; i < input.rows.byName.length; i++) {
    const e = entry(input.rows.byName[i], 'all');
    if (e) yield e;
  }
}

function passes(input: ResultInput, e: ResultEntry): boolean {
  const detail = input.detail(e.resource.id);
  return detail !== null && matchesFilters(detail.resource, input.filters, detail, input.now);
}

export function resultList(input: ResultInput): Results {
  const filtered = hasFilters(input.filters);
  if (input.query.trim() === '') {
    const shown = input.shown ?? Number.POSITIVE_INFINITY;
    const entries: ResultEntry[] = [];
    let total = 0;
    for (const e of wholeList(input)) {
      if (filtered && !passes(input, e)) continue;
      total += 1;
      if (entries.length < shown) entries.push(e);
      // Without filters every entry is listed once: the count is known without walking on.
      else if (!filtered && input.browseAll !== false) return { entries, total: input.rows.count };
    }
    return { entries, total };
  }
  const entries = input.searcher
    .search(input.query, { limit: SEARCH_LIMIT, homeRegion: input.homeRegion ?? null })
    .flatMap((hit): ResultEntry[] => {
      const idx = input.rows.indexOf(hit.id);
      return idx === undefined ? [] : [{ resource: input.rows.row(idx), group: 'hit' }];
    })
    .filter((e) => !filtered || passes(input, e));
  return { entries, total: entries.length };
}

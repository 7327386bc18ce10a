/**
 * The state of one search panel (popup or side panel) as a small signal store: the query,
 * filters, active result, favourites and recent uses, and the result list computed from them.
 * Components read it; the surface persists it. No browser globals: tests run it in Node.
 */
import { computed, signal } from '@preact/signals';
import type { Resource } from '../../data/schema.ts';
import type { BundledCatalogue } from '../catalogue/bundled.ts';
import { createSearcher } from '../search/searcher.ts';
import {
  addRecent,
  type Favourite,
  type Filters,
  NO_FILTERS,
  type RecentUse,
  toggleFavourite,
} from '../storage/user-data.ts';
import { type ResultEntry, resultList, sortByName } from './result-list.ts';

export interface StoreInit {
  query?: string;
  filters?: Filters;
  activeId?: string | null;
  favourites?: Favourite[];
  recent?: RecentUse[];
  now?: Date;
  /** County code whose entries rank before those only for other regions */
  homeRegion?: string | null;
  /** List the whole catalogue under an empty query (default); false: favourites and recent only */
  browseAll?: boolean;
}

export type SearchStore = ReturnType<typeof createSearchStore>;

export function createSearchStore(catalogue: BundledCatalogue, init: StoreInit = {}) {
  const searcher = createSearcher(catalogue.search, catalogue.synonyms);
  const byId = new Map(catalogue.resources.map((r) => [r.id, r]));
  const byName = sortByName(catalogue.resources);

  const query = signal(init.query ?? '');
  const filters = signal<Filters>(init.filters ?? NO_FILTERS);
  const activeId = signal<string | null>(init.activeId ?? null);
  const favourites = signal<Favourite[]>(init.favourites ?? []);
  const recent = signal<RecentUse[]>(init.recent ?? []);
  /** The clock the hours and "open now" are read against; the surface ticks it. */
  const now = signal(init.now ?? new Date());
  /** The last thing done ("Kopierat: 020-50 50 50"), for a polite live region. */
  const notice = signal('');
  const homeRegion = signal<string | null>(init.homeRegion ?? null);

  const results = computed<ResultEntry[]>(() =>
    resultList({
      byId,
      byName,
      searcher,
      query: query.value,
      filters: filters.value,
      favourites: favourites.value,
      recent: recent.value,
      hours: catalogue,
      now: now.value,
      homeRegion: homeRegion.value,
      browseAll: init.browseAll ?? true,
    }),
  );
  /** The remembered active result if it is still listed, else the first one. */
  const active = computed<Resource | null>(() => {
    const list = results.value;
    return (list.find((e) => e.resource.id === activeId.value) ?? list[0])?.resource ?? null;
  });
  const favouriteIds = computed(() => new Set(favourites.value.map((f) => f.id)));

  return {
    catalogue,
    query,
    filters,
    activeId,
    favourites,
    recent,
    now,
    notice,
    homeRegion,
    results,
    active,
    favouriteIds,
    setQuery(text: string) {
      query.value = text;
      activeId.value = null;
    },
    setFilters(next: Partial<Filters>) {
      filters.value = { ...filters.value, ...next };
    },
    /** Moves the active result by `step`, stopping at both ends. */
    move(step: number) {
      const list = results.value;
      if (list.length === 0) return;
      const at = list.findIndex((e) => e.resource.id === active.value?.id);
      const next = Math.min(list.length - 1, Math.max(0, at + step));
      activeId.value = list[next]?.resource.id ?? null;
    },
    announce(text: string) {
      notice.value = text;
    },
    select(id: string) {
      activeId.value = id;
    },
    markUsed(id: string, at: Date = new Date()) {
      recent.value = addRecent(recent.value, id, at);
    },
    toggleFavourite(resource: Pick<Resource, 'id' | 'name'>, at: Date = new Date()) {
      favourites.value = toggleFavourite(favourites.value, resource.id, resource.name, at);
    },
  };
}

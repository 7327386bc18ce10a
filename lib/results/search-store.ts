/**
 * The state of one search panel (popup or side panel) as a small signal store: the query,
 * filters, active result, favourites and recent uses, and the result list computed from them.
 * Components read it; the surface persists it. No browser globals: tests run it in Node.
 */
import { computed, signal } from '@preact/signals';
import type { Resource } from '../../data/schema.ts';
import { viewOfBundle } from '../catalogue/bundle-view.ts';
import type { BundledCatalogue } from '../catalogue/bundled.ts';
import type { Detail, Row } from '../catalogue/index-data.ts';
import { CatalogueView } from '../catalogue/view.ts';
import {
  addRecent,
  type Favourite,
  type Filters,
  NO_FILTERS,
  type RecentUse,
  toggleFavourite,
} from '../storage/user-data.ts';
import { hasFilters } from './filters.ts';
import { type Results, resultList } from './result-list.ts';

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

/** Rows of the whole list (empty query) shown at first, and added by each "Visa fler". */
export const SHOWN_STEP = 100;

export function createSearchStore(source: CatalogueView | BundledCatalogue, init: StoreInit = {}) {
  const catalogue = source instanceof CatalogueView ? source : viewOfBundle(source);

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
  /** How much of the whole list an empty query shows */
  const shown = signal(SHOWN_STEP);

  /** A resource's details, loading them when they are not here yet (null until then). */
  const detail = (id: string): Detail | null => {
    void catalogue.loaded.value; // recompute when they arrive
    const known = catalogue.detailNow(id);
    if (known !== undefined) return known;
    void catalogue.loadDetail(id);
    return null;
  };

  const list = computed<Results>(() => {
    void catalogue.loaded.value; // purpose and description, or details for the filters, arrived
    const q = query.value;
    const f = filters.value;
    // The whole list through a filter needs every resource's details: the side panel's data.
    const browseAll = init.browseAll ?? true;
    if (q.trim() === '' && hasFilters(f) && browseAll) void catalogue.loadAllDetails();
    return resultList({
      rows: catalogue,
      searcher: catalogue.searcher,
      query: q,
      filters: f,
      favourites: favourites.value,
      recent: recent.value,
      now: now.value,
      homeRegion: homeRegion.value,
      detail,
      shown: shown.value,
      browseAll,
    });
  });
  const results = computed(() => list.value.entries);
  const total = computed(() => list.value.total);
  /** The remembered active result if it is still listed, else the first one. */
  const active = computed<Row | null>(() => {
    const entries = results.value;
    return (entries.find((e) => e.resource.id === activeId.value) ?? entries[0])?.resource ?? null;
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
    shown,
    results,
    total,
    active,
    favouriteIds,
    detail,
    setQuery(text: string) {
      query.value = text;
      activeId.value = null;
      shown.value = SHOWN_STEP;
    },
    setFilters(next: Partial<Filters>) {
      filters.value = { ...filters.value, ...next };
    },
    /** More of the whole list (an empty query lists the first SHOWN_STEP). */
    showMore() {
      shown.value += SHOWN_STEP;
    },
    /** Moves the active result by `step`, stopping at both ends. */
    move(step: number) {
      const entries = results.value;
      if (entries.length === 0) return;
      const at = entries.findIndex((e) => e.resource.id === active.value?.id);
      const next = Math.min(entries.length - 1, Math.max(0, at + step));
      activeId.value = entries[next]?.resource.id ?? null;
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

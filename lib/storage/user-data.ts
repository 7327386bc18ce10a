/**
 * The user's own data (favourites, recently used, settings, popup state) and its migrations.
 * Pure: platform/storage.ts binds these to browser storage; tests run them in Node.
 */
export interface Favourite {
  id: string;
  /** Kept so a favourite whose resource left the catalogue can still be shown and removed */
  name: string;
  addedAt: string;
}

export interface RecentUse {
  id: string;
  at: string;
}

export const AGE_GROUPS = ['under15', '15-17', '18-25', 'over25'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

export interface Filters {
  openNow: boolean;
  audience: 'patient' | 'staff' | null;
  ageGroup: AgeGroup | null;
}
export const NO_FILTERS: Filters = { openNow: false, audience: null, ageGroup: null };

export interface PopupState {
  query: string;
  filters: Filters;
  activeId: string | null;
  savedAt: number;
}

/**
 * What the side panel should show when it opens: a query (context menu, address bar) or one
 * resource (quick-search Alt+Enter, address bar). Written by the background just before it opens
 * the panel; the panel reads it, shows it and removes it.
 */
export interface PendingQuery {
  query: string;
  resourceId: string | null;
  at: number;
}

/** How long the popup's query, filters and active result survive closing the popup. */
export const POPUP_STATE_TTL_MS = 10 * 60 * 1000;

export function restorablePopupState(state: PopupState | null, now: number): PopupState | null {
  if (!state || now - state.savedAt > POPUP_STATE_TTL_MS || state.savedAt > now) return null;
  return state;
}

export const RECENT_LIMIT = 8;

export function addRecent(list: readonly RecentUse[], id: string, at: Date): RecentUse[] {
  return [{ id, at: at.toISOString() }, ...list.filter((r) => r.id !== id)].slice(0, RECENT_LIMIT);
}

export function toggleFavourite(list: readonly Favourite[], id: string, name: string, at: Date): Favourite[] {
  return list.some((f) => f.id === id)
    ? list.filter((f) => f.id !== id)
    : [...list, { id, name, addedAt: at.toISOString() }];
}

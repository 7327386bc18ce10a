/**
 * Every storage item of the extension, in one place, with its area in the key.
 * Page text never goes here: only ids, settings and theme hits.
 */
import { storage } from 'wxt/utils/storage';
import type { FallbackNote } from '../lib/commands.ts';
import type { PageContext } from '../lib/page-context.ts';
import type { Favourite, PopupState, RecentUse } from '../lib/user-data.ts';

export const favouritesItem = storage.defineItem<Favourite[]>('local:favourites', {
  fallback: [],
  version: 1,
});

export const recentItem = storage.defineItem<RecentUse[]>('local:recent', {
  fallback: [],
  version: 1,
});

/** Survives closing the popup; the browser clears the session area on restart. */
export const popupStateItem = storage.defineItem<PopupState | null>('session:popupState', {
  fallback: null,
});

/** Sites the user enabled in the side panel (match patterns). Policy sites are not stored here. */
export const enabledSitesItem = storage.defineItem<string[]>('local:enabledSites', {
  fallback: [],
  version: 1,
});

/** The administrator's site patterns, as last read from policy (platform/sites.ts). */
export const policySitesItem = storage.defineItem<string[]>('local:policySites', {
  fallback: [],
  version: 1,
});

/**
 * Theme hits per tab id (never page text). The session area is not readable by content scripts
 * and is cleared when the browser closes.
 */
export const pageThemesItem = storage.defineItem<Record<string, PageContext>>('session:pageThemes', {
  fallback: {},
});

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
export const pendingQueryItem = storage.defineItem<PendingQuery | null>('session:pendingQuery', {
  fallback: null,
});

/** Why the quick-search shortcut opened the popup instead of the overlay (the popup says so once). */
export const quickSearchNoteItem = storage.defineItem<FallbackNote | null>('session:quickSearchNote', {
  fallback: null,
});

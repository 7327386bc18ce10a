/**
 * Every storage item of the extension, in one place, with its area in the key.
 * Page text never goes here: only ids, settings and theme hits.
 */
import { storage } from 'wxt/utils/storage';
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

/**
 * Theme hits per tab id (never page text). The session area is not readable by content scripts
 * and is cleared when the browser closes.
 */
export const pageThemesItem = storage.defineItem<Record<string, PageContext>>('session:pageThemes', {
  fallback: {},
});

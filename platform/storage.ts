/**
 * Every storage item of the extension, in one place, with its area in the key.
 * Page text never goes here: only ids, settings and theme hits.
 */
import { storage } from 'wxt/utils/storage';
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

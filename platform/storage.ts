/**
 * Every storage item of the extension, in one place, with its area in the key.
 * Page text never goes here: only ids, settings and theme hits.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { FallbackNote } from '../lib/commands.ts';
import type { PageContext } from '../lib/page-context.ts';
import {
  storedFavourites,
  storedPendingQuery,
  storedPopupState,
  storedRecent,
  storedSites,
} from '../lib/stored-values.ts';
import type { Favourite, PendingQuery, PopupState, RecentUse } from '../lib/user-data.ts';

export type { PendingQuery } from '../lib/user-data.ts';

// biome-ignore lint/complexity/noBannedTypes: the metadata type @wxt-dev/storage gives items without any
type Item<T> = WxtStorageItem<T, {}>;

/**
 * The item, with every value read back (getValue, watch) passed through `clean`
 * (lib/stored-values.ts), so a damaged value reaches no page as anything but a sound one.
 * Writes and migrations are the item's own.
 */
export function checked<T>(item: Item<T>, clean: (raw: unknown) => T): Item<T> {
  return {
    ...item,
    getValue: async () => clean(await item.getValue()),
    watch: (callback) => item.watch((next, previous) => callback(clean(next), clean(previous))),
  };
}

export const favouritesItem = checked(
  storage.defineItem<Favourite[]>('local:favourites', { fallback: [], version: 1 }),
  storedFavourites,
);

export const recentItem = checked(
  storage.defineItem<RecentUse[]>('local:recent', { fallback: [], version: 1 }),
  storedRecent,
);

/** Survives closing the popup; the browser clears the session area on restart. */
export const popupStateItem = checked(
  storage.defineItem<PopupState | null>('session:popupState', { fallback: null }),
  storedPopupState,
);

/** Sites the user enabled in the side panel (match patterns). Policy sites are not stored here. */
export const enabledSitesItem = checked(
  storage.defineItem<string[]>('local:enabledSites', { fallback: [], version: 1 }),
  storedSites,
);

/** The administrator's site patterns, as last read from policy (platform/sites.ts). */
export const policySitesItem = checked(
  storage.defineItem<string[]>('local:policySites', { fallback: [], version: 1 }),
  storedSites,
);

/**
 * Theme hits per tab id (never page text). The session area is not readable by content scripts
 * and is cleared when the browser closes.
 */
export const pageThemesItem = storage.defineItem<Record<string, PageContext>>('session:pageThemes', {
  fallback: {},
});

/** What the side panel shows when it opens (lib/user-data.ts); the panel removes it once read. */
export const pendingQueryItem = checked(
  storage.defineItem<PendingQuery | null>('session:pendingQuery', { fallback: null }),
  storedPendingQuery,
);

/** Why the quick-search shortcut opened the popup instead of the overlay (the popup says so once). */
export const quickSearchNoteItem = storage.defineItem<FallbackNote | null>('session:quickSearchNote', {
  fallback: null,
});

/**
 * The storage items the popup reads, and `checked`, which every item is read through. The items
 * only the side panel and the background use live beside it (panel-items.ts, site-items.ts), so the
 * popup does not carry them; settings.ts, page-policy.ts and remote-catalogue.ts hold the rest.
 * Page text never goes into storage: only ids, settings and theme hits.
 */
import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import type { FallbackNote } from '../lib/extension/commands.ts';
import { storedFavourites, storedPopupState, storedRecent } from '../lib/storage/stored-values.ts';
import type { Favourite, PopupState, RecentUse } from '../lib/storage/user-data.ts';

// biome-ignore lint/complexity/noBannedTypes: the metadata type @wxt-dev/storage gives items without any
type Item<T> = WxtStorageItem<T, {}>;

/**
 * The item, with every value read back (getValue, watch) passed through `clean`
 * (lib/storage/stored-values.ts), so a damaged value reaches no page as anything but a sound one.
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

/** Why the quick-search shortcut opened the popup instead of the overlay (the popup says so once). */
export const quickSearchNoteItem = storage.defineItem<FallbackNote | null>('session:quickSearchNote', {
  fallback: null,
});

/**
 * Discreet mode (lib/discreet.ts): for the browser session only, so a screen left neutral
 * yesterday does not stay so, and a policy default applies anew. null = not chosen this session.
 */
export const discreetItem = checked(
  storage.defineItem<boolean | null>('session:discreet', { fallback: null }),
  (raw) => (typeof raw === 'boolean' ? raw : null),
);

/**
 * Where the background keeps the remote catalogue: the bundled form in one storage item, so a
 * page reads either the old or the new catalogue whole, never a mix; and the refresh state
 * (version, ETag, times, last error) beside it for the options page.
 */
import { storage } from 'wxt/utils/storage';
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';
import { INITIAL_STATE, type RemoteState } from '../lib/remote/remote-catalogue.ts';

export interface StoredRemoteCatalogue {
  url: string;
  fetchedAt: string;
  bundle: BundledCatalogue;
}

export const remoteCatalogueItem = storage.defineItem<StoredRemoteCatalogue | null>('local:remoteCatalogue', {
  fallback: null,
});

export const remoteStateItem = storage.defineItem<RemoteState>('local:remoteCatalogueState', {
  fallback: INITIAL_STATE,
});

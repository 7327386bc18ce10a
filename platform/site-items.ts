/** Where the site lists are kept (platform/sites.ts applies them). */
import { storage } from 'wxt/utils/storage';
import { storedSites } from '../lib/storage/stored-values.ts';
import { checked } from './storage.ts';

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

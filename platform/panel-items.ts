/** What the background leaves for the side panel: the page findings per tab, and a query to show. */
import { storage } from 'wxt/utils/storage';
import type { PageContext } from '../lib/page/page-context.ts';
import { storedPageContexts } from '../lib/page/page-report.ts';
import { storedPendingQuery } from '../lib/storage/stored-values.ts';
import type { PendingQuery } from '../lib/storage/user-data.ts';
import { checked } from './storage.ts';

export type { PendingQuery } from '../lib/storage/user-data.ts';

/**
 * What the page reader found per tab id (never page text), read back entry by entry. The session
 * area is not readable by content scripts and is cleared when the browser closes.
 */
export const pageThemesItem = checked(
  storage.defineItem<Record<string, PageContext>>('session:pageThemes', { fallback: {} }),
  storedPageContexts,
);

/** What the side panel shows when it opens (lib/storage/user-data.ts); the panel removes it once read. */
export const pendingQueryItem = checked(
  storage.defineItem<PendingQuery | null>('session:pendingQuery', { fallback: null }),
  storedPendingQuery,
);

/**
 * The search behind the in-page overlay and the address bar: the same engine and catalogue as the
 * popup, run here so the page never receives the catalogue. Also opens the side panel on one
 * resource or a query, for the overlay, the address bar and the context menu.
 */
import type { Browser } from 'wxt/browser';
import type { Resource } from '../../data/schema.ts';
import type { CatalogueView } from '../../lib/catalogue/view.ts';
import type { Request, Response } from '../../lib/extension/messages.ts';
import { type QuickItem, quickItem } from '../../lib/quick-search/quick-items.ts';
import type { SearchHit } from '../../lib/search/index.ts';
import { openSidePanel, type PanelTarget } from '../../platform/browser-compat.ts';
import { loadCatalogue } from '../../platform/catalogue.ts';
import { pendingQueryItem } from '../../platform/panel-items.ts';
import { getEffectiveSettings } from '../../platform/settings.ts';
import { discreetItem } from '../../platform/storage.ts';

type Sender = Browser.runtime.MessageSender;
export const QUICK_LIMIT = 8;
const MAX_QUERY = 200;

/** The catalogue's search with purpose and description (the overlay is not a first paint). */
export async function searchCatalogue(
  query: string,
  limit: number,
): Promise<{ catalogue: CatalogueView; hits: SearchHit[] }> {
  const catalogue = await loadCatalogue();
  await catalogue.completeSearch();
  return { catalogue, hits: catalogue.searcher.search(query.slice(0, MAX_QUERY), { limit }) };
}

/** A resource's details (read from the catalogue store for a remote catalogue). */
export async function findResource(catalogue: CatalogueView, id: string): Promise<Resource | undefined> {
  return (await catalogue.loadDetail(id))?.resource;
}

function fromContentScript(sender: Sender): number {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0)
    throw new Error('quick-search is only accepted from a top frame');
  return tabId;
}

export async function quickSearch(
  payload: Request<'page:quicksearch'>,
  sender: Sender,
): Promise<Response<'page:quicksearch'>> {
  fromContentScript(sender);
  const query = typeof payload?.query === 'string' ? payload.query : '';
  const locale = payload?.locale === 'en' ? 'en' : 'sv';
  const [{ catalogue, hits }, discreet, settings] = await Promise.all([
    searchCatalogue(query, QUICK_LIMIT),
    discreetItem.getValue().then((on) => on === true),
    getEffectiveSettings(),
  ]);
  const now = new Date();
  const template = settings.journalTemplate.value ?? undefined;
  // Each hit's details (its channels' hours too), read from the catalogue store for a remote one.
  const found = await Promise.all(hits.map((hit) => catalogue.loadDetail(hit.id)));
  const items: QuickItem[] = found.flatMap((detail) =>
    detail ? [quickItem(detail.resource, now, { template, hours: detail, locale, discreet })] : [],
  );
  return { items, discreet };
}

/** The overlay's discreet-mode button: the same session state as the shortcut and the panel's toggle. */
export async function quickSearchDiscreet(
  payload: Request<'page:quicksearch:discreet'>,
  sender: Sender,
): Promise<Response<'page:quicksearch:discreet'>> {
  fromContentScript(sender);
  if (typeof payload?.on !== 'boolean') throw new Error('page:quicksearch:discreet: on must be a boolean');
  await discreetItem.setValue(payload.on);
  return { on: payload.on };
}

/**
 * Opens the side panel (Chrome) or sidebar (Firefox): platform/browser-compat.ts. Must be called
 * before any await in a handler: the browser only allows it while the user gesture lasts.
 */
export function openPanel(target: PanelTarget): Promise<boolean> {
  return openSidePanel(target);
}

/** Leaves the query or resource for the panel, then opens it (in the same task: gesture). */
export function openPanelWith(
  target: PanelTarget,
  query: string,
  resourceId: string | null,
): Promise<boolean> {
  const stored = pendingQueryItem.setValue({ query: query.slice(0, MAX_QUERY), resourceId, at: Date.now() });
  const opened = openPanel(target);
  return stored.then(() => opened);
}

export async function quickSearchPanel(
  payload: Request<'page:quicksearch:panel'>,
  sender: Sender,
): Promise<Response<'page:quicksearch:panel'>> {
  const tabId = fromContentScript(sender);
  const id = typeof payload?.id === 'string' ? payload.id.slice(0, 100) : '';
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) throw new Error('page:quicksearch:panel: malformed id');
  return { opened: await openPanelWith({ tabId }, '', id) };
}

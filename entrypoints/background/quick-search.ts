/**
 * The search behind the in-page overlay and the address bar: the same engine and catalogue as the
 * popup, run here so the page never receives the catalogue. Also opens the side panel on one
 * resource or a query, for the overlay, the address bar and the context menu.
 */
import type { Browser } from 'wxt/browser';
import type { BundledCatalogue } from '../../lib/catalogue/bundled.ts';
import type { Request, Response } from '../../lib/extension/messages.ts';
import { type QuickItem, quickItem } from '../../lib/quick-search/quick-items.ts';
import { createSearcher, type Searcher, type SearchHit } from '../../lib/search/index.ts';
import { openSidePanel, type PanelTarget } from '../../platform/browser-compat.ts';
import { loadCatalogue } from '../../platform/catalogue.ts';
import { pendingQueryItem } from '../../platform/panel-items.ts';
import { getEffectiveSettings } from '../../platform/settings.ts';
import { discreetItem } from '../../platform/storage.ts';

type Sender = Browser.runtime.MessageSender;
export const QUICK_LIMIT = 8;
const MAX_QUERY = 200;

let engine: { catalogue: BundledCatalogue; searcher: Searcher } | null = null;

export async function searchCatalogue(
  query: string,
  limit: number,
): Promise<{ catalogue: BundledCatalogue; hits: SearchHit[] }> {
  const catalogue = await loadCatalogue();
  if (engine?.catalogue !== catalogue)
    engine = { catalogue, searcher: createSearcher(catalogue.search, catalogue.synonyms) };
  return { catalogue, hits: engine.searcher.search(query.slice(0, MAX_QUERY), { limit }) };
}

export function findResource(catalogue: BundledCatalogue, id: string) {
  return catalogue.resources.find((r) => r.id === id);
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
  const items: QuickItem[] = [];
  for (const hit of hits) {
    const resource = findResource(catalogue, hit.id);
    if (resource) items.push(quickItem(resource, now, { template, hours: catalogue, locale, discreet }));
  }
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

/**
 * Theme hits per tab: stored in session storage (never page text), shown as the badge count, and
 * cleared when the tab closes or loads a new page.
 */
import { type Browser, browser } from 'wxt/browser';
import type { ThemeHit } from '../../lib/matcher/types.ts';
import type { Request, Response } from '../../lib/messages.ts';
import { badgeText, type PageContext, parseAge, parseHits } from '../../lib/page-context.ts';
import { coveredBy, unionSites } from '../../lib/sites.ts';
import { loadCatalogue } from '../../platform/catalogue.ts';
import { pageThemesItem } from '../../platform/panel-items.ts';
import { getEffectiveSettings } from '../../platform/settings.ts';
import { listSites, pageContextOff } from '../../platform/sites.ts';
import { countSuggestions } from './suggestions.ts';

type Sender = Browser.runtime.MessageSender;
let writes: Promise<unknown> = Promise.resolve();

/** Read-modify-write of the one session item, one at a time (several tabs report at once). */
function update(change: (all: Record<string, PageContext>) => void): Promise<void> {
  const next = writes.then(async () => {
    const all = { ...(await pageThemesItem.getValue()) };
    change(all);
    await pageThemesItem.setValue(all);
  });
  writes = next.catch(() => undefined);
  return next;
}

export async function hello(): Promise<Response<'page:hello'>> {
  const [catalogue, settings] = await Promise.all([loadCatalogue(), getEffectiveSettings()]);
  // Reading the age is an opt-in of the options page; a policy can lock it off.
  return { themes: catalogue.vocabulary, readAge: settings.ageFromPersonnummer.value };
}

export async function receiveHits(
  payload: Request<'page:hits'>,
  sender: Sender,
): Promise<Response<'page:hits'>> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0)
    throw new Error('page:hits is only accepted from a top frame');
  const [sites, off] = await Promise.all([listSites(), pageContextOff()]);
  if (off) throw new Error('page:hits while the page context is switched off by policy');
  if (!sender.url || coveredBy(sender.url, unionSites(sites.user, sites.policy)) === null)
    throw new Error('page:hits from a site that is not enabled');
  const hits = parseHits(payload?.hits);
  const age = parseAge(payload?.age);
  if (hits === null || age === undefined) throw new Error('page:hits: malformed hits');
  const suggestions = await suggestionsFor(hits, age);
  await update((all) => {
    all[String(tabId)] = { hits, age, suggestions, updatedAt: Date.now() };
  });
  await setBadge(tabId, suggestions);
  return { suggestions };
}

async function suggestionsFor(hits: ThemeHit[], age: number | null): Promise<number> {
  if (hits.length === 0) return 0;
  const [catalogue, settings] = await Promise.all([loadCatalogue(), getEffectiveSettings()]);
  return countSuggestions(hits, catalogue, age, settings.homeRegion.value, new Date());
}

export async function pageOf(tabId: number): Promise<PageContext | null> {
  return (await pageThemesItem.getValue())[String(tabId)] ?? null;
}

async function setBadge(tabId: number, suggestions: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: badgeText(suggestions) }).catch(() => undefined);
}

export function forgetTab(tabId: number): Promise<void> {
  return update((all) => {
    delete all[String(tabId)];
  });
}

export function watchTabs(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // A new document: the old page's hits no longer apply (SPA navigations resend on their own).
    if (change.status !== 'loading') return;
    void forgetTab(tabId).then(() => setBadge(tabId, 0));
  });
}

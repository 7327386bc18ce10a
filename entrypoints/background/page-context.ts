/**
 * What the page reader found per tab (situation hits, named resources, patient values; never page
 * text): stored in session storage, shown as the badge count, and cleared when the tab closes or
 * loads a new page.
 */

import { type Browser, browser } from 'wxt/browser';
import { readerVocabulary } from '../../lib/catalogue/reader-vocabulary.ts';
import type { Request, Response } from '../../lib/extension/messages.ts';
import type { PageContext, PageReport } from '../../lib/page/page-context.ts';
import { type Known, knownIn, parseReport } from '../../lib/page/page-report.ts';
import { coveredBy, unionSites } from '../../lib/policy/sites.ts';
import { hasFindings } from '../../lib/rank/page.ts';
import { NO_PATIENT } from '../../lib/rank/patient.ts';
import { loadCatalogue } from '../../platform/catalogue.ts';
import { pageThemesItem } from '../../platform/panel-items.ts';
import { getEffectiveSettings } from '../../platform/settings.ts';
import { listSites, pageContextOff } from '../../platform/sites.ts';
import { situationModel } from '../../platform/situation-model.ts';
import { badgeFor } from './discreet.ts';
import { readerTables } from './reader-tables.ts';
import { countSuggestions } from './suggestions.ts';

type Sender = Browser.runtime.MessageSender;
let writes: Promise<unknown> = Promise.resolve();
/** Per catalogue (a remote one replaces the object): its ids and words, built once. */
const knownBy = new WeakMap<object, Known>();

function knownOf(catalogue: Parameters<typeof knownIn>[0]): Known {
  let known = knownBy.get(catalogue);
  if (known === undefined) {
    known = knownIn(catalogue, situationModel()?.features ?? []);
    knownBy.set(catalogue, known);
  }
  return known;
}

/** The whole catalogue: ranking needs every resource (read in batches from the store once). */
async function everything() {
  return (await loadCatalogue()).everything();
}

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
  const [catalogue, settings] = await Promise.all([everything(), getEffectiveSettings()]);
  // Reading the age from a personnummer is an opt-in, the note's patient values an opt-out, of the
  // options page; a policy can lock either off.
  const vocabulary = readerVocabulary(catalogue);
  const tables = await readerTables(vocabulary);
  return {
    vocabulary,
    ...(tables === null ? {} : { tables }),
    readAge: settings.ageFromPersonnummer.value,
    readPatient: settings.patientFromNote.value,
  };
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
  const [catalogue, settings] = await Promise.all([everything(), getEffectiveSettings()]);
  const parsed = parseReport(payload, knownOf(catalogue));
  if (parsed === null) throw new Error('page:hits: malformed report');
  // What the settings switched off is not kept, whatever a (possibly subverted) reader sent.
  const report: PageReport = {
    ...parsed,
    patient: settings.patientFromNote.value ? parsed.patient : NO_PATIENT,
    age: settings.ageFromPersonnummer.value ? parsed.age : null,
  };
  const suggestions = hasFindings(report)
    ? await countSuggestions(report, catalogue, report.age, settings.homeRegion.value, new Date())
    : 0;
  await update((all) => {
    all[String(tabId)] = { ...report, suggestions, updatedAt: Date.now() };
  });
  await setBadge(tabId, suggestions);
  return { suggestions };
}

export async function pageOf(tabId: number): Promise<PageContext | null> {
  return (await pageThemesItem.getValue())[String(tabId)] ?? null;
}

async function setBadge(tabId: number, suggestions: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: await badgeFor(suggestions) }).catch(() => undefined);
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

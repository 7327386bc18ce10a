/**
 * Where the content script runs. User-enabled sites and the administrator's policy hosts feed one
 * function, applySites(), which (re)registers one content script per site pattern so that nothing
 * else in the extension ever decides where page text is read.
 */
import { browser } from 'wxt/browser';
import type { SiteList } from '../lib/page/page-context.ts';
import { isFeatureOff } from '../lib/policy/features.ts';
import {
  addSite,
  normalizeSitePattern,
  patternOfScriptId,
  planRegistrations,
  removeSite,
  scriptId,
  unionSites,
  wantedSites,
} from '../lib/policy/sites.ts';
import { getEffectivePolicy } from './policy.ts';
import { enabledSitesItem, policySitesItem } from './site-items.ts';

/** The built content script (entrypoints/context.content/). */
export const CONTEXT_SCRIPT = '/content-scripts/context.js';

let queue: Promise<unknown> = Promise.resolve();

/** Registrations are diffed against the browser's list, so calls must not interleave. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = queue.then(task, task);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * THE mechanism: exactly the union of both lists ends up registered, or nothing when the policy
 * switched the page context off.
 */
export function applySites(
  userSites: readonly string[],
  policy: readonly string[],
  pageContextOff = false,
): Promise<string[]> {
  return serial(async () => {
    const wanted = wantedSites(userSites, policy, pageContextOff);
    const registered = await browser.scripting.getRegisteredContentScripts();
    const plan = planRegistrations(
      wanted,
      registered.map((s) => s.id),
    );
    if (plan.unregister.length > 0) {
      await browser.scripting.unregisterContentScripts({ ids: plan.unregister });
      // Switched off by policy: scripts already running must stop now, not at the next page load.
      if (pageContextOff) await stopTabs(plan.unregister.map(patternOfScriptId));
    }
    if (plan.register.length > 0) {
      await browser.scripting.registerContentScripts(
        plan.register.map((pattern) => ({
          id: scriptId(pattern),
          matches: [pattern],
          js: [CONTEXT_SCRIPT],
          runAt: 'document_idle' as const,
          allFrames: false,
          persistAcrossSessions: true,
        })),
      );
    }
    return wanted;
  });
}

/** Tells the content scripts in tabs on these sites to stop reading the page. */
async function stopTabs(patterns: readonly (string | null)[]): Promise<void> {
  for (const pattern of patterns) {
    if (pattern === null) continue;
    const tabs = await browser.tabs.query({ url: pattern }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      await browser.tabs.sendMessage(tab.id, { type: 'tab:stop', payload: {} }).catch(() => undefined);
    }
  }
}

export async function pageContextOff(): Promise<boolean> {
  return isFeatureOff(await getEffectivePolicy(), 'pageContext');
}

export async function listSites(): Promise<SiteList> {
  return { user: await enabledSitesItem.getValue(), policy: await policySitesItem.getValue() };
}

/** Re-applies both lists: on start-up, after permission changes, and when the policy changes. */
export async function syncSites(): Promise<SiteList> {
  const [list, off] = await Promise.all([listSites(), pageContextOff()]);
  await applySites(list.user, list.policy, off);
  return list;
}

/** Called by the policy code with the administrator's host list (any form normalizeSitePattern takes). */
export async function setPolicySites(hosts: readonly string[]): Promise<SiteList> {
  // Kept in storage: a service worker that wakes up must not unregister policy sites before the
  // policy has been read again.
  await policySitesItem.setValue(unionSites([], hosts));
  return syncSites();
}

/**
 * Adds a user site. The host permission must already have been granted: permissions.request()
 * needs a click, so the side panel asks for it and then sends `ui:sites:enable`.
 */
export async function enableSite(pattern: string, tabId: number | null): Promise<SiteList> {
  const p = normalizeSitePattern(pattern);
  if (!p) throw new Error(`Not a site pattern: ${pattern}`);
  if (await pageContextOff()) throw new Error('The page context is switched off by policy');
  if (!(await browser.permissions.contains({ origins: [p] }))) throw new Error(`No host permission for ${p}`);
  await enabledSitesItem.setValue(addSite(await enabledSitesItem.getValue(), p));
  const list = await syncSites();
  // Registration only affects pages loaded from now on; start the script in the open tab too.
  if (tabId !== null) {
    await browser.scripting
      .executeScript({ target: { tabId }, files: [CONTEXT_SCRIPT] })
      .catch((error: unknown) => console.warn('Hänvisa: could not start in the open tab:', String(error)));
  }
  return list;
}

/** Removes a user site and gives its host permission back (unless policy still covers it). */
export async function disableSite(pattern: string): Promise<SiteList> {
  const p = normalizeSitePattern(pattern) ?? pattern;
  await enabledSitesItem.setValue(removeSite(await enabledSitesItem.getValue(), p));
  const list = await syncSites();
  // Registrations only affect new pages: tell scripts already running on the site to stop.
  await stopTabs([p]);
  if (!list.policy.includes(p)) await browser.permissions.remove({ origins: [p] }).catch(() => false);
  return list;
}

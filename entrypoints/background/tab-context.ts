/** What the popup needs to know about the tab it opened over (lib/extension/messages.ts 'ui:tab:context'). */
import { browser } from 'wxt/browser';
import type { Request, Response } from '../../lib/extension/messages.ts';
import { featuresOff } from '../../lib/policy/features.ts';
import { coveredBy, unionSites } from '../../lib/policy/sites.ts';
import { getPageSettingsPolicy } from '../../platform/settings.ts';
import { listSites } from '../../platform/sites.ts';

export async function tabContext(payload: Request<'ui:tab:context'>): Promise<Response<'ui:tab:context'>> {
  // The mirror when there is one: the popup waits for this answer to show its insert button.
  const policy = await getPageSettingsPolicy();
  const off = featuresOff(policy);
  const tabId = payload?.tabId;
  if (typeof tabId !== 'number' || off.includes('pageContext'))
    return { insertable: false, featuresOff: off };
  // The address is only visible on sites the extension may read (or after the toolbar click).
  const [tab, sites] = await Promise.all([browser.tabs.get(tabId).catch(() => null), listSites()]);
  const url = tab?.url;
  const insertable = url !== undefined && coveredBy(url, unionSites(sites.user, sites.policy)) !== null;
  return { insertable, featuresOff: off };
}

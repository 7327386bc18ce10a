/** The enabled-site list and the panel's "Aktivera"/"Stäng av" for the tab's site. */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { SiteList } from '../../lib/page/page-context.ts';
import { coveredBy, sitePattern, unionSites } from '../../lib/policy/sites.ts';
import { send } from '../../platform/messaging.ts';

export interface SiteState {
  list: SiteList;
  /** The pattern that covers the tab's page, if any */
  enabledBy: string | null;
  /** The pattern "Aktivera" would add, or null when the address is not known or not http(s) */
  candidate: string | null;
  managed: boolean;
}

export function siteState(list: SiteList, url: string | null): SiteState {
  const enabledBy = url ? coveredBy(url, unionSites(list.user, list.policy)) : null;
  return {
    list,
    enabledBy,
    candidate: url ? sitePattern(url) : null,
    managed: enabledBy !== null && coveredBy(url ?? '', list.policy) !== null,
  };
}

export function useSites(url: string | null) {
  const [list, setList] = useState<SiteList | null>(null);
  useEffect(() => {
    void send('ui:sites:list', {}).then(setList);
  }, []);

  /** Must run inside the click handler: permissions.request() needs the user's gesture. */
  async function enable(pattern: string, tabId: number | null): Promise<boolean> {
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) return false;
    setList(await send('ui:sites:enable', { pattern, tabId }));
    return true;
  }

  async function disable(pattern: string): Promise<void> {
    setList(await send('ui:sites:disable', { pattern }));
  }

  return { state: list ? siteState(list, url) : null, enable, disable };
}

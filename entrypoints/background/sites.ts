/** Background side of site registration: the panel's messages and start-up sync. */
import { browser } from 'wxt/browser';
import type { Request, Response } from '../../lib/extension/messages.ts';
import { disableSite, enableSite, listSites, syncSites } from '../../platform/sites.ts';

export const siteHandlers = {
  'ui:sites:list': async (): Promise<Response<'ui:sites:list'>> => listSites(),
  'ui:sites:enable': async (p: Request<'ui:sites:enable'>): Promise<Response<'ui:sites:enable'>> =>
    enableSite(String(p?.pattern ?? ''), typeof p?.tabId === 'number' ? p.tabId : null),
  'ui:sites:disable': async (p: Request<'ui:sites:disable'>): Promise<Response<'ui:sites:disable'>> =>
    disableSite(String(p?.pattern ?? '')),
};

export function startSites(): void {
  void syncSites().catch((error: unknown) => console.warn('Hänvisa: site sync failed:', String(error)));
  // A host permission removed in the browser's own settings ends reading that site too.
  browser.permissions.onRemoved.addListener(() => {
    void syncSites();
  });
}

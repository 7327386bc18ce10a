/**
 * The tab the side panel serves. `sidepanel.html?tab=<id>` pins one tab (the browser tests and the
 * screenshots open the panel as a tab); otherwise it follows the active tab of its window, so
 * switching tabs switches the suggestions. The address is only known where the extension may see
 * it (an enabled site, or the tab the user invoked Hänvisa on: activeTab).
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pinnedTabId } from '../pinned-tab.ts';

export interface PanelTab {
  id: number;
  url: string | null;
}

async function describe(id: number): Promise<PanelTab> {
  const tab = await browser.tabs.get(id).catch(() => null);
  return { id, url: tab?.url ?? null };
}

export function useTab(): PanelTab | null {
  const [tab, setTab] = useState<PanelTab | null>(null);
  useEffect(() => {
    const pinned = pinnedTabId(location.search);
    let windowId: number | undefined;
    let current: number | null = pinned;
    const show = (id: number) => {
      current = id;
      void describe(id).then((t) => {
        if (current === t.id) setTab(t);
      });
    };
    if (pinned !== null) show(pinned);
    else
      void browser.windows.getCurrent().then(async (w) => {
        windowId = w.id;
        const [active] = await browser.tabs.query({ active: true, windowId: w.id });
        if (active?.id !== undefined) show(active.id);
      });
    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (pinned === null && info.windowId === windowId) show(info.tabId);
    };
    const onUpdated = (id: number, change: { url?: string; status?: string }) => {
      if (id === current && (change.url !== undefined || change.status === 'complete')) show(id);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);
  return tab;
}

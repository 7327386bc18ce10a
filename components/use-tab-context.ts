/**
 * The popup's view of the tab it opened over: "Infoga i journalen" where that tab's site is
 * enabled, and the features the administrator switched off. Asked of the background after the
 * first paint, so the popup never waits for it.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { send } from '../platform/messaging.ts';
import { type FeaturesOff, NONE_OFF } from './features.ts';
import type { Insert } from './InsertButton.tsx';
import { pinnedTabId } from './pinned-tab.ts';
import { insertInTab } from './sidepanel/insert-in-tab.ts';

export interface TabContext {
  insert: Insert | undefined;
  off: FeaturesOff;
}

export function useTabContext(): TabContext {
  const [context, setContext] = useState<TabContext>({ insert: undefined, off: NONE_OFF });
  useEffect(() => {
    let live = true;
    void (async () => {
      // ?tab=<id> pins the tab, as for the side panel: the browser tests open the popup as a tab.
      const pinned = pinnedTabId(location.search);
      const [tab] =
        pinned === null
          ? await browser.tabs.query({ active: true, currentWindow: true }).catch(() => [])
          : [];
      const tabId = pinned ?? tab?.id ?? null;
      const reply = await send('ui:tab:context', { tabId });
      if (!live) return;
      setContext({
        insert: reply.insertable && tabId !== null ? (text) => insertInTab(tabId, text) : undefined,
        off: new Set(reply.featuresOff),
      });
    })().catch((error: unknown) => console.warn('Hänvisa: tab context', String(error)));
    return () => {
      live = false;
    };
  }, []);
  return context;
}

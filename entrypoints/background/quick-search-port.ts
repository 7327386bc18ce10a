/**
 * The other end of the in-page scripts' lifeline (platform/lifetime.ts): the quick-search overlay
 * and the page reader each hold a port so that its closing tells them the extension went away.
 * The overlay's port carries one message the other way: discreet mode changed (the shortcut, the
 * panel's toggle), so an open overlay turns neutral at once. Anything else is disconnected at once.
 */
import { type Browser, browser } from 'wxt/browser';
import { CONTEXT_PORT, QUICKSEARCH_PORT } from '../../platform/lifetime.ts';
import { discreetItem } from '../../platform/storage.ts';

const NAMES: ReadonlySet<string> = new Set([QUICKSEARCH_PORT, CONTEXT_PORT]);

export function acceptQuickSearchPorts(): void {
  const overlays = new Set<Browser.runtime.Port>();
  browser.runtime.onConnect.addListener((port) => {
    const from = port.sender;
    const ownContentScript =
      from?.id === browser.runtime.id &&
      from.tab !== undefined &&
      from.frameId === 0 &&
      !from.url?.startsWith(browser.runtime.getURL('/'));
    if (!NAMES.has(port.name) || !ownContentScript) {
      port.disconnect();
      return;
    }
    if (port.name !== QUICKSEARCH_PORT) return;
    overlays.add(port);
    port.onDisconnect.addListener(() => overlays.delete(port));
  });
  discreetItem.watch((on) => {
    for (const port of overlays) {
      try {
        port.postMessage({ discreet: on === true });
      } catch {
        overlays.delete(port); // closed with its tab
      }
    }
  });
}

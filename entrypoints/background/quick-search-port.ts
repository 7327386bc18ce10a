/**
 * The other end of the in-page scripts' lifeline (platform/lifetime.ts): the quick-search overlay
 * and the page reader each hold a port only so that its closing tells them the extension went
 * away. It carries no messages. Anything else is disconnected at once.
 */
import { browser } from 'wxt/browser';
import { CONTEXT_PORT, QUICKSEARCH_PORT } from '../../platform/lifetime.ts';

const NAMES: ReadonlySet<string> = new Set([QUICKSEARCH_PORT, CONTEXT_PORT]);

export function acceptQuickSearchPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    const from = port.sender;
    const ownContentScript =
      from?.id === browser.runtime.id &&
      from.tab !== undefined &&
      from.frameId === 0 &&
      !from.url?.startsWith(browser.runtime.getURL('/'));
    if (!NAMES.has(port.name) || !ownContentScript) port.disconnect();
  });
}

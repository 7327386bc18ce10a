/**
 * The other end of the in-page overlay's lifeline (quicksearch.content/lifetime.ts): the port only
 * exists so that its closing tells the overlay the extension went away. It carries no messages.
 */
import { browser } from 'wxt/browser';

export function acceptQuickSearchPorts(): void {
  browser.runtime.onConnect.addListener((port) => {
    const from = port.sender;
    const ownContentScript =
      from?.id === browser.runtime.id &&
      from.tab !== undefined &&
      from.frameId === 0 &&
      !from.url?.startsWith(browser.runtime.getURL('/'));
    if (port.name !== 'quicksearch' || !ownContentScript) port.disconnect();
  });
}

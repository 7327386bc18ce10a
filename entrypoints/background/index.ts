import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshCatalogue, startCatalogueRefresh } from './catalogue-refresh.ts';
import { startCommands } from './commands.ts';
import { startContextMenu } from './context-menu.ts';
import { watchDiscreet } from './discreet.ts';
import { startOmnibox } from './omnibox.ts';
import { hello, pageOf, receiveHits, watchTabs } from './page-context.ts';
import { startPolicySync } from './policy-sync.ts';
import { quickSearch, quickSearchDiscreet, quickSearchPanel } from './quick-search.ts';
import { acceptQuickSearchPorts } from './quick-search-port.ts';
import { createRouter, type HandlerTable } from './router.ts';
import { siteHandlers, startSites } from './sites.ts';
import { tabContext } from './tab-context.ts';

const handlers: HandlerTable = {
  'ui:ping': async () => ({ version: browser.runtime.getManifest().version }),
  'ui:catalogue-refresh': () => refreshCatalogue(),
  'page:hello': hello,
  'page:hits': receiveHits,
  'ui:page:get': async ({ tabId }) => pageOf(tabId),
  ...siteHandlers,
  'page:quicksearch': quickSearch,
  'page:quicksearch:panel': quickSearchPanel,
  'page:quicksearch:discreet': quickSearchDiscreet,
  'ui:tab:context': tabContext,
};

export default defineBackground(() => {
  startCatalogueRefresh();
  startPolicySync();
  browser.runtime.onMessage.addListener(
    createRouter(handlers, browser.runtime.id, browser.runtime.getURL('/')) as Parameters<
      typeof browser.runtime.onMessage.addListener
    >[0],
  );
  watchTabs();
  watchDiscreet();
  startSites();
  // Keyboard, address bar and selection (issue 5): registered at start so they wake the worker.
  startCommands();
  startOmnibox();
  startContextMenu();
  acceptQuickSearchPorts();
});

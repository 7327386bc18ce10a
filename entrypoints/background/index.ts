import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { refreshCatalogue, startCatalogueRefresh } from './catalogue-refresh.ts';
import { createRouter, type HandlerTable } from './router.ts';

const handlers: HandlerTable = {
  'ui:ping': async () => ({ version: browser.runtime.getManifest().version }),
  'ui:catalogue-refresh': () => refreshCatalogue(),
};

export default defineBackground(() => {
  startCatalogueRefresh();
  browser.runtime.onMessage.addListener(
    createRouter(handlers, browser.runtime.id, browser.runtime.getURL('/')) as Parameters<
      typeof browser.runtime.onMessage.addListener
    >[0],
  );
});

import { browser } from 'wxt/browser';
import { getLocale } from '../lib/i18n/i18n.ts';
import { handoutUrl } from '../platform/handout.ts';
import type { PanelActions } from './actions.ts';

/** PanelActions for an extension page: clipboard API, tabs.create, window.close, the handout page. */
export function browserActions({ closable }: { closable: boolean }): PanelActions {
  return {
    copy: (text) => navigator.clipboard.writeText(text),
    openUrl(url) {
      void browser.tabs.create({ url });
    },
    close() {
      if (closable) window.close();
    },
    openHandout(resourceId) {
      void browser.tabs.create({ url: handoutUrl(resourceId, getLocale()) });
    },
  };
}

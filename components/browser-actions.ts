import { browser } from 'wxt/browser';
import type { PanelActions } from './actions.ts';

/** PanelActions for an extension page: clipboard API, tabs.create, window.close. */
export function browserActions({ closable }: { closable: boolean }): PanelActions {
  return {
    copy: (text) => navigator.clipboard.writeText(text),
    openUrl(url) {
      void browser.tabs.create({ url });
    },
    close() {
      if (closable) window.close();
    },
  };
}

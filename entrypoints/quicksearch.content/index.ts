/**
 * The in-page quick-search. Not in the manifest: the background injects it (scripting API) into
 * the top frame of a tab on an enabled site when the shortcut is pressed. Running it again while
 * it is open only puts focus back into it. Its life is tied to the extension through
 * platform/lifetime.ts (a Port and runtime.id), never to page events: a reload or update takes it away.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { getLocale, pickLocale, setLocale } from '../../lib/i18n/i18n.ts';
import { t } from '../../lib/i18n/i18n-quicksearch.ts';
import type { QuickItem } from '../../lib/quick-search/quick-items.ts';
import { QUICKSEARCH_PORT, watchExtension } from '../../platform/lifetime.ts';
import { send } from '../../platform/messaging.ts';
import { type CaretSpot, captureCaret, restoreCaret } from './caret.ts';
import { copyText } from './copy.ts';
import { insertAtSpot } from './insert.ts';
import { createOverlay, type OverlayAction } from './overlay.ts';

const INSTANCE = Symbol.for('hanvisa.quicksearch');
type Scope = { [INSTANCE]?: { open(): void } };

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  main() {
    const scope = globalThis as Scope;
    scope[INSTANCE] ??= createQuickSearch(() => {
      delete scope[INSTANCE];
    });
    scope[INSTANCE].open();
  },
});

function createQuickSearch(forget: () => void) {
  let overlay: ReturnType<typeof createOverlay> | null = null;
  let life: ReturnType<typeof watchExtension> | null = null;
  let spot: CaretSpot | null = null;
  setLocale(pickLocale(navigator.languages));

  function close(restore: boolean): void {
    life?.stop();
    life = null;
    overlay?.destroy();
    overlay = null;
    if (restore && spot) restoreCaret(spot);
  }

  /** The extension is gone (reload, update, removal): nothing here can work any more. */
  function ended(): void {
    life = null;
    close(true);
    forget();
  }

  async function act(action: OverlayAction, item: QuickItem): Promise<string | null> {
    if (life && !life.check()) return null;
    if (action === 'copy') {
      if (!item.phone) return t('quickSearchNoPhone', { name: item.name });
      return (await copyText(item.phone, overlay?.host.shadowRoot ?? null))
        ? t('quickSearchCopied', { number: item.phone })
        : t('copyFailed');
    }
    if (action === 'panel') {
      const { opened } = await send('page:quicksearch:panel', { id: item.id }).catch(() => ({
        opened: false,
      }));
      if (!opened) return t('quickSearchPanelFailed');
      close(true);
      return null;
    }
    if (!spot?.el.isConnected) {
      // Nowhere to type: the line goes to the clipboard and the overlay says so.
      const copied = await copyText(item.journal, overlay?.host.shadowRoot ?? null);
      return copied ? t('quickSearchNoField') : t('copyFailed');
    }
    close(false);
    const result = insertAtSpot(spot, item.journal);
    if (!result.inserted) await copyText(item.journal, null);
    return null;
  }

  return {
    open(): void {
      if (overlay) {
        overlay.focus();
        return;
      }
      spot = captureCaret(document);
      // Discreet mode changed elsewhere (the shortcut, the panel): the background says so on the port.
      const onPort = (message: unknown) => {
        const on = (message as { discreet?: unknown } | null)?.discreet;
        if (typeof on === 'boolean') overlay?.showDiscreet(on);
      };
      const watch = watchExtension(browser.runtime, ended, QUICKSEARCH_PORT, onPort);
      if (!watch.check()) return; // orphaned already: never open
      life = watch;
      const search = async (query: string) => {
        const reply = await send('page:quicksearch', { query, locale: getLocale() });
        overlay?.showDiscreet(reply.discreet);
        return reply.items;
      };
      overlay = createOverlay({
        search: async (query) => (life && !life.check() ? [] : search(query)),
        act,
        setDiscreet: async (on) => {
          if (life && !life.check()) return;
          const reply = await send('page:quicksearch:discreet', { on }).catch(() => null);
          if (reply) overlay?.showDiscreet(reply.on);
        },
        dismiss: () => close(true),
      });
      document.documentElement.append(overlay.host);
      overlay.focus();
      // Loads the catalogue and the searcher in the background while the user starts typing, and
      // tells the overlay whether discreet mode is on.
      void search('').catch(() => undefined);
      // For the browser test and the benchmark: when the overlay was ready for typing.
      overlay.host.setAttribute('data-ready-at', String(Date.now()));
    },
  };
}

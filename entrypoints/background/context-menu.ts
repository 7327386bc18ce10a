/** "Sök i Hänvisa efter ”…”" on selected text: opens the side panel with the selection as the query. */
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/i18n-browser.ts';
import { openPanelWith } from './quick-search.ts';

export const MENU_ID = 'hanvisa-search-selection';
/** The panel's search box is not for whole paragraphs. */
const MAX_SELECTION = 100;

export function selectionQuery(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SELECTION);
}

export function startContextMenu(): void {
  // Recreated on every start: Firefox does not keep menus, and Chrome would refuse a duplicate id.
  void browser.contextMenus
    .removeAll()
    .then(() => {
      browser.contextMenus.create({ id: MENU_ID, title: t('contextMenuSearch'), contexts: ['selection'] });
    })
    .catch((error: unknown) => console.warn('Hänvisa: context menu', String(error)));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID) return;
    const query = selectionQuery(info.selectionText);
    if (query === '') return;
    // No await before this: the click is the gesture the side panel needs.
    if (tab?.id !== undefined && tab.id >= 0) void openPanelWith({ tabId: tab.id }, query, null);
    else if (tab?.windowId !== undefined) void openPanelWith({ windowId: tab.windowId }, query, null);
  });
}

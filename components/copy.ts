import { t } from '../lib/i18n/i18n.ts';
import type { SearchStore } from '../lib/results/search-store.ts';
import type { PanelActions } from './actions.ts';

/** Copies and says so in the live region, or says that it failed (never fails silently). */
export async function copyWithNotice(store: SearchStore, actions: PanelActions, text: string): Promise<void> {
  try {
    await actions.copy(text);
    store.announce(t('copied', { text }));
  } catch {
    store.announce(t('copyFailed'));
  }
}

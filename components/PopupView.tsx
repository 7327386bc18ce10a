import { effect } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n.ts';
import { createSearchStore, type SearchStore } from '../lib/search-store.ts';
import { restorablePopupState } from '../lib/user-data.ts';
import { favouritesItem, popupStateItem, recentItem } from '../platform/storage.ts';
import type { ViewProps } from './App.tsx';
import { browserActions } from './browser-actions.ts';
import { FeaturesContext } from './features.ts';
import { QuickSearchNote } from './QuickSearchNote.tsx';
import { SearchPanel } from './SearchPanel.tsx';
import { useTabContext } from './use-tab-context.ts';
import './styles.css';

/** How often the hours and "open now" are re-read while the popup stays open. */
const TICK_MS = 30_000;

// Read while the catalogue loads: this module is imported by the popup page only.
const userData = Promise.all([favouritesItem.getValue(), recentItem.getValue(), popupStateItem.getValue()]);

async function openStore(catalogue: ViewProps['catalogue']): Promise<SearchStore> {
  const [favourites, recent, saved] = await userData;
  const restored = restorablePopupState(saved, Date.now());
  // ?q= lets the quick-search overlay and the benchmark open the popup page with a query.
  const urlQuery = new URLSearchParams(location.search).get('q');
  return createSearchStore(catalogue, {
    favourites,
    recent,
    query: urlQuery ?? restored?.query ?? '',
    ...(restored ? { filters: restored.filters, activeId: restored.activeId } : {}),
  });
}

/** Writes back what the user changes; the session item lets the popup pick up where it was. */
function persist(store: SearchStore): () => void {
  const stops = [
    effect(() => {
      const state = {
        query: store.query.value,
        filters: store.filters.value,
        activeId: store.activeId.value,
      };
      void popupStateItem.setValue({ ...state, savedAt: Date.now() });
    }),
    effect(() => void favouritesItem.setValue(store.favourites.value)),
    effect(() => void recentItem.setValue(store.recent.value)),
  ];
  const tick = setInterval(() => {
    store.now.value = new Date();
  }, TICK_MS);
  return () => {
    for (const stop of stops) stop();
    clearInterval(tick);
  };
}

const actions = browserActions({ closable: true });

export function PopupView({ catalogue }: ViewProps) {
  const [store, setStore] = useState<SearchStore | null>(null);
  const tab = useTabContext();
  useEffect(() => {
    performance.mark('hanvisa:catalogue');
    let stop: (() => void) | undefined;
    let live = true;
    openStore(catalogue).then((s) => {
      if (!live) return;
      stop = persist(s);
      setStore(s);
    });
    return () => {
      live = false;
      stop?.();
    };
  }, [catalogue]);
  useEffect(() => {
    // For the benchmark: the frame that shows the first results.
    if (store) requestAnimationFrame(() => performance.mark('hanvisa:results'));
  }, [store]);
  return (
    <FeaturesContext.Provider value={tab.off}>
      <h1 class="app-title">{t('appTitle')}</h1>
      <QuickSearchNote />
      {store && <SearchPanel store={store} actions={actions} idPrefix="popup" insert={tab.insert} />}
    </FeaturesContext.Provider>
  );
}

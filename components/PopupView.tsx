import { effect } from '@preact/signals';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n/i18n.ts';
import { createSearchStore, type SearchStore } from '../lib/results/search-store.ts';
import {
  type Favourite,
  type PopupState,
  type RecentUse,
  restorablePopupState,
} from '../lib/storage/user-data.ts';
import { readHomeRegion, readJournalTemplate } from '../platform/popup-settings.ts';
import { favouritesItem, popupStateItem, recentItem } from '../platform/storage.ts';
import type { ViewProps } from './App.tsx';
import { browserActions } from './browser-actions.ts';
import { DiscreetContext, DiscreetToggle } from './discreet.tsx';
import { FeaturesContext } from './features.ts';
import { QuickSearchNote } from './QuickSearchNote.tsx';
import { SearchPanel } from './SearchPanel.tsx';
import { useDiscreetState } from './use-discreet-state.ts';
import { useTabContext } from './use-tab-context.ts';
import { writeOnChange } from './write-on-change.ts';
import './styles.css';

/** How often the hours and "open now" are re-read while the popup stays open. */
const TICK_MS = 30_000;

type UserData = [Favourite[], RecentUse[], PopupState | null, string, string | undefined];

// Read while the catalogue loads: this module is imported by the popup page only.
let userDataNow: UserData | undefined;
const userData = Promise.all([
  favouritesItem.getValue(),
  recentItem.getValue(),
  popupStateItem.getValue(),
  readHomeRegion(),
  readJournalTemplate(),
]).then((data): UserData => {
  userDataNow = data;
  return data;
});

function openStore(
  catalogue: ViewProps['catalogue'],
  [favourites, recent, saved, homeRegion]: UserData,
): SearchStore {
  const restored = restorablePopupState(saved, Date.now());
  // ?q= lets the quick-search overlay and the benchmark open the popup page with a query.
  const urlQuery = new URLSearchParams(location.search).get('q');
  return createSearchStore(catalogue, {
    favourites,
    recent,
    homeRegion,
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
    writeOnChange(store.favourites, (list) => void favouritesItem.setValue(list)),
    writeOnChange(store.recent, (list) => void recentItem.setValue(list)),
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
  // Built in the first render when the user data is in (it is read while the catalogue loads),
  // so the results show without waiting a frame for an effect.
  const [store, setStore] = useState(() => (userDataNow ? openStore(catalogue, userDataNow) : null));
  const tab = useTabContext();
  const [discreet, setDiscreet] = useDiscreetState();
  useEffect(() => {
    if (store?.catalogue === catalogue) return persist(store);
    let live = true;
    void userData.then((data) => {
      if (live) setStore(openStore(catalogue, data));
    });
    return () => {
      live = false;
    };
  }, [catalogue, store]);
  useLayoutEffect(() => {
    // For the benchmark: the frame that shows the first results, as the plain-DOM page marks it
    // (a plain effect would first wait for a paint, a frame later).
    if (!store) return;
    requestAnimationFrame(() => {
      performance.mark('hanvisa:results');
      // Purpose and description join the search once the first results are on the screen.
      setTimeout(() => void store.catalogue.completeSearch().catch(console.error), 0);
    });
  }, [store]);
  return (
    <FeaturesContext.Provider value={tab.off}>
      <DiscreetContext.Provider value={discreet}>
        <header class="app-head">
          <h1 class="app-title">{t('appTitle')}</h1>
          <DiscreetToggle on={discreet} onChange={setDiscreet} />
        </header>
        <QuickSearchNote />
        {store && (
          <SearchPanel
            store={store}
            actions={actions}
            idPrefix="popup"
            insert={tab.insert}
            journalTemplate={userDataNow?.[4]}
          />
        )}
      </DiscreetContext.Provider>
    </FeaturesContext.Provider>
  );
}

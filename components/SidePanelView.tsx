import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../lib/i18n/i18n.ts';
import { featuresOff, isFeatureOff } from '../lib/policy/features.ts';
import { homeRegionOrDefault } from '../lib/policy/home-region.ts';
import { NO_PANEL_SUGGESTIONS, panelSuggestionsSteps } from '../lib/rank/panel.ts';
import { createSearchStore, type SearchStore } from '../lib/results/search-store.ts';
import { favouritesItem, recentItem } from '../platform/storage.ts';
import type { ViewProps } from './App.tsx';
import { browserActions } from './browser-actions.ts';
import { DiscreetContext, DiscreetToggle } from './discreet.tsx';
import { FeaturesContext } from './features.ts';
import { SearchPanel } from './SearchPanel.tsx';
import { insertInTab } from './sidepanel/insert-in-tab.ts';
import { SiteList, SiteToggle } from './sidepanel/SiteToggle.tsx';
import { Suggestions } from './sidepanel/Suggestions.tsx';
import { ThemeCatalogue } from './sidepanel/ThemeCatalogue.tsx';
import { usePageContext } from './sidepanel/use-page.ts';
import { usePendingQuery } from './sidepanel/use-pending.ts';
import { usePanelSettings } from './sidepanel/use-settings.ts';
import { useSites } from './sidepanel/use-sites.ts';
import { useTab } from './sidepanel/use-tab.ts';
import { useDiscreetState } from './use-discreet-state.ts';
import { useEverything } from './use-everything.ts';
import { useSliced } from './use-sliced.ts';
import { writeOnChange } from './write-on-change.ts';
import './styles.css';
import './sidepanel/sidepanel.css';

/** "Open now" in the ranking is re-read this often while the panel stays open. */
const TICK_MS = 60_000;
const actions = browserActions({ closable: false });

/**
 * The side panel: suggestions for the page in the tab it serves, the site switch, then the
 * shared search with favourites, and the catalogue by theme.
 */
export function SidePanelView({ catalogue }: ViewProps) {
  const tab = useTab();
  const page = usePageContext(tab?.id ?? null);
  const sites = useSites(tab?.url ?? null);
  const [store, setStore] = useState<SearchStore | null>(null);
  const { policy, settings } = usePanelSettings();
  const [discreet, setDiscreet] = useDiscreetState();
  const contextOff = isFeatureOff(policy, 'pageContext');
  const off = useMemo(() => new Set(featuresOff(policy)), [policy]);
  const reading = !contextOff && sites.state?.enabledBy != null;
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(tick);
  }, []);
  // The same region the options page shows, its default included, for the suggestions and the search.
  const homeRegion = homeRegionOrDefault(settings?.homeRegion.value);
  const journalTemplate = settings?.journalTemplate.value ?? undefined;
  // Ranking needs every resource; the search below does not wait for them.
  const everything = useEverything(catalogue);
  const byId = useMemo(() => new Map(everything?.resources.map((r) => [r.id, r])), [everything]);

  useEffect(() => {
    void Promise.all([favouritesItem.getValue(), recentItem.getValue()]).then(([favourites, recent]) =>
      // Nothing but the user's own favourites and recent ones under an empty search box.
      setStore(createSearchStore(catalogue, { favourites, recent, browseAll: false })),
    );
  }, [catalogue]);
  useEffect(() => {
    if (!store) return;
    return writeOnChange(store.favourites, (list) => void favouritesItem.setValue(list));
  }, [store]);
  useEffect(() => {
    if (store) store.homeRegion.value = homeRegion;
  }, [store, homeRegion]);

  // The one age control (the search's) also sets the age the suggestions are ranked for.
  const ageGroup = store?.filters.value.ageGroup ?? null;
  // Ranked in pieces after the render: over a national catalogue one pass was 100–300 ms of work.
  const suggestions = useSliced(
    function* () {
      if (!everything) return NO_PANEL_SUGGESTIONS;
      return yield* panelSuggestionsSteps(page, everything, {
        ageGroup,
        age: page?.age ?? null,
        homeRegion,
        now,
      });
    },
    NO_PANEL_SUGGESTIONS,
    tab?.id ?? null,
    [page, ageGroup, everything, homeRegion, now],
  );

  const insert = (text: string) =>
    tab ? insertInTab(tab.id, text) : Promise.resolve({ inserted: false, reason: 'no-script' } as const);

  const show = (id: string) => {
    const row = catalogue.rowOf(id);
    if (!store || !row) return;
    store.setQuery(row.name);
    store.select(id);
    document.getElementById('sidepanel-q')?.focus();
  };
  usePendingQuery(store !== null, ({ query, resourceId }) => {
    if (resourceId !== null && catalogue.indexOf(resourceId) !== undefined) return show(resourceId);
    store?.setQuery(query);
    document.getElementById('sidepanel-q')?.focus();
  });

  return (
    <FeaturesContext.Provider value={off}>
      <DiscreetContext.Provider value={discreet}>
        <header class="app-head">
          <h1 class="app-title">{t('appTitle')}</h1>
          <DiscreetToggle on={discreet} onChange={setDiscreet} />
        </header>
        {sites.state && (
          <SiteToggle
            state={sites.state}
            tabId={tab?.id ?? null}
            enable={sites.enable}
            disable={sites.disable}
            contextOff={contextOff}
          />
        )}
        {reading && everything && (
          <Suggestions
            {...suggestions}
            byId={byId}
            catalogue={everything}
            now={now}
            pageAge={page?.age ?? null}
            noteAge={page?.patient.age ?? null}
            insert={insert}
            actions={actions}
            store={store}
            journalTemplate={journalTemplate}
          />
        )}
        {discreet && <p class="muted">{t('discreetHidden')}</p>}
        {store && !discreet && (
          <SearchPanel
            store={store}
            actions={actions}
            idPrefix="sidepanel"
            autoFocus={false}
            cardWithoutQuery={false}
            journalTemplate={journalTemplate}
            insert={reading ? insert : undefined}
          />
        )}
        {!discreet && everything && (
          <ThemeCatalogue themes={everything.vocabulary} resources={everything.resources} onShow={show} />
        )}
        {sites.state && !contextOff && <SiteList state={sites.state} disable={sites.disable} />}
      </DiscreetContext.Provider>
    </FeaturesContext.Provider>
  );
}

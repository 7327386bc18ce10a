import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../lib/i18n/i18n.ts';
import { featuresOff, isFeatureOff } from '../lib/policy/features.ts';
import { hasFindings, rankForPage } from '../lib/rank/page.ts';
import { createSearchStore, type SearchStore } from '../lib/results/search-store.ts';
import type { AgeGroup } from '../lib/storage/user-data.ts';
import { favouritesItem, recentItem } from '../platform/storage.ts';
import type { ViewProps } from './App.tsx';
import { browserActions } from './browser-actions.ts';
import { FeaturesContext } from './features.ts';
import { SearchPanel } from './SearchPanel.tsx';
import { insertInTab } from './sidepanel/insert-in-tab.ts';
import { SiteToggle } from './sidepanel/SiteToggle.tsx';
import { Suggestions } from './sidepanel/Suggestions.tsx';
import { ThemeCatalogue } from './sidepanel/ThemeCatalogue.tsx';
import { usePageContext } from './sidepanel/use-page.ts';
import { usePendingQuery } from './sidepanel/use-pending.ts';
import { usePanelSettings } from './sidepanel/use-settings.ts';
import { useSites } from './sidepanel/use-sites.ts';
import { useTab } from './sidepanel/use-tab.ts';
import { writeOnChange } from './write-on-change.ts';
import './styles.css';
import './sidepanel/sidepanel.css';

/** The panel shows as many suggestions as the badge counts (entrypoints/background/suggestions.ts). */
const LIMIT = 5;
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
  const [ageGroup, setAgeGroup] = useState<AgeGroup | null>(null);
  const [store, setStore] = useState<SearchStore | null>(null);
  const { policy, settings } = usePanelSettings();
  const contextOff = isFeatureOff(policy, 'pageContext');
  const off = useMemo(() => new Set(featuresOff(policy)), [policy]);
  const reading = !contextOff && sites.state?.enabledBy != null;
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const tick = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(tick);
  }, []);
  const homeRegion = settings?.homeRegion.value ?? null;
  const journalTemplate = settings?.journalTemplate.value ?? undefined;
  const byId = useMemo(() => new Map(catalogue.resources.map((r) => [r.id, r])), [catalogue]);

  useEffect(() => {
    void Promise.all([favouritesItem.getValue(), recentItem.getValue()]).then(([favourites, recent]) =>
      setStore(createSearchStore(catalogue, { favourites, recent })),
    );
  }, [catalogue]);
  useEffect(() => {
    if (!store) return;
    return writeOnChange(store.favourites, (list) => void favouritesItem.setValue(list));
  }, [store]);
  useEffect(() => {
    if (store) store.homeRegion.value = homeRegion;
  }, [store, homeRegion]);

  const suggestions = useMemo(() => {
    if (!page || !hasFindings(page)) return [];
    return rankForPage(page, catalogue, { ageGroup, age: page.age, homeRegion, now, limit: LIMIT });
  }, [page, ageGroup, catalogue, homeRegion, now]);

  const insert = (text: string) =>
    tab ? insertInTab(tab.id, text) : Promise.resolve({ inserted: false, reason: 'no-script' } as const);

  const show = (id: string) => {
    const resource = byId.get(id);
    if (!store || !resource) return;
    store.setQuery(resource.name);
    store.select(id);
    document.getElementById('sidepanel-q')?.focus();
  };
  usePendingQuery(store !== null, ({ query, resourceId }) => {
    if (resourceId !== null && byId.has(resourceId)) return show(resourceId);
    store?.setQuery(query);
    document.getElementById('sidepanel-q')?.focus();
  });

  return (
    <FeaturesContext.Provider value={off}>
      <h1 class="app-title">{t('appTitle')}</h1>
      {sites.state && (
        <SiteToggle
          state={sites.state}
          tabId={tab?.id ?? null}
          enable={sites.enable}
          disable={sites.disable}
          contextOff={contextOff}
        />
      )}
      {reading && (
        <Suggestions
          suggestions={suggestions}
          byId={byId}
          ageGroup={ageGroup}
          onAgeGroup={setAgeGroup}
          pageAge={page?.age ?? null}
          noteAge={page?.patient.age ?? null}
          insert={insert}
          actions={actions}
          store={store}
          journalTemplate={journalTemplate}
          onShow={show}
        />
      )}
      {store && (
        <SearchPanel
          store={store}
          actions={actions}
          idPrefix="sidepanel"
          autoFocus={false}
          journalTemplate={journalTemplate}
          insert={reading ? insert : undefined}
        />
      )}
      <ThemeCatalogue themes={catalogue.vocabulary} resources={catalogue.resources} onShow={show} />
    </FeaturesContext.Provider>
  );
}

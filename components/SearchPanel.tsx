import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Resource } from '../data/schema.ts';
import { t } from '../lib/i18n/i18n.ts';
import { shownName } from '../lib/resource/discreet.ts';
import { primaryAction } from '../lib/resource/primary-action.ts';
import type { SearchStore } from '../lib/results/search-store.ts';
import type { PanelActions } from './actions.ts';
import { copyWithNotice } from './copy.ts';
import { useDiscreet } from './discreet.tsx';
import { FilterBar } from './FilterBar.tsx';
import { Glance } from './Glance.tsx';
import type { Insert } from './InsertButton.tsx';
import { LazyResourceCard } from './LazyResourceCard.tsx';
import { ResultList } from './ResultList.tsx';

export interface SearchPanelProps {
  store: SearchStore;
  actions: PanelActions;
  /** Prefix for element ids, unique on the page. */
  idPrefix?: string;
  /** Focus the search box when mounted (the popup does; a side panel may not). */
  autoFocus?: boolean;
  /** The admin's journal template, when set */
  journalTemplate?: string | undefined;
  /** Surface-specific buttons on the card (the side panel's "Infoga i journalen") */
  cardActions?: (resource: Resource) => ComponentChildren;
  /** Where the page can take a journal line: the card's "Infoga i journalen" */
  insert?: Insert | undefined;
  /**
   * Show the active result's card while the box is empty (the popup: favourites at hand). The
   * side panel does not: nothing stays open under its search until the user searches.
   */
  cardWithoutQuery?: boolean;
}

function countText(n: number): string {
  if (n === 0) return t('resultCountNone');
  return n === 1 ? t('resultCountOne') : t('resultCount', { count: n });
}

/**
 * Search box, filters, results and the active result's card: a WAI-ARIA combobox whose listbox
 * is always shown. Focus stays in the box; ↑/↓ move the active result, Enter runs its primary
 * action, Esc clears the query and then closes the surface.
 */
export function SearchPanel({
  store,
  actions,
  idPrefix = 'hv',
  autoFocus = true,
  journalTemplate,
  cardActions,
  insert,
  cardWithoutQuery = true,
}: SearchPanelProps) {
  const results = store.results.value;
  const active = store.active.value;
  const listId = `${idPrefix}-results`;
  const box = useRef<HTMLInputElement>(null);
  // The autofocus attribute is not honoured for elements rendered after load.
  useEffect(() => {
    if (autoFocus) box.current?.focus();
  }, [autoFocus]);
  const optionId = (id: string) => `${idPrefix}-opt-${id}`;
  const discreet = useDiscreet();
  // A resource with only a web page: the first Enter says so and offers it, a second opens it.
  const [offer, setOffer] = useState<{ id: string; url: string } | null>(null);
  const offered = offer !== null && offer.id === active?.id ? offer : null;
  const openOffer = (url: string) => {
    setOffer(null);
    actions.openUrl(url);
  };

  const run = (resource: Resource) => {
    const action = primaryAction(resource);
    if (action === null) return store.announce(t('noKnownChannel'));
    if (action.kind === 'offer' && offered === null) {
      setOffer({ id: resource.id, url: action.url });
      return store.announce(t('noKnownNumberOffer', { name: shownName(resource, discreet) }));
    }
    if (action.kind === 'copy') void copyWithNotice(store, actions, action.text);
    else if (action.kind === 'offer') openOffer(action.url);
    else actions.openUrl(action.url);
    store.markUsed(resource.id);
  };
  const runPrimary = () => {
    if (!active) return;
    const detail = store.detail(active.id);
    // Details not read yet (a large catalogue loads them per result): act as soon as they are.
    if (detail) run(detail.resource);
    else
      void store.catalogue.loadDetail(active.id).then((d) => {
        if (d) run(d.resource);
        else store.announce(t('noKnownChannel'));
      });
  };
  const detail = active ? store.detail(active.id) : null;

  const onKeyDown = (event: TargetedKeyboardEvent<HTMLInputElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      store.move(event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Enter') {
      runPrimary();
    } else if (event.key === 'Escape') {
      if (store.query.value !== '') store.setQuery('');
      else actions.close();
    } else {
      return;
    }
    event.preventDefault();
  };

  return (
    <div class="search-panel">
      <label class="search-label" for={`${idPrefix}-q`}>
        {t('searchLabel')}
      </label>
      <input
        id={`${idPrefix}-q`}
        class="search-box"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-activedescendant={active ? optionId(active.id) : undefined}
        placeholder={t(discreet ? 'searchPlaceholderDiscreet' : 'searchPlaceholder')}
        value={store.query.value}
        ref={box}
        onInput={(e) => store.setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <FilterBar store={store} />
      <p class="result-count" role="status">
        {store.query.value.trim() === '' && results.length === 0 ? '' : countText(store.total.value)}
      </p>
      <ResultList store={store} listId={listId} optionId={optionId} onRun={runPrimary} />
      {results.length < store.total.value && (
        <button type="button" class="show-more" onClick={() => store.showMore()}>
          {t('showMore', { shown: results.length, total: store.total.value })}
        </button>
      )}
      <p class="notice" role="status">
        {store.notice.value}
      </p>
      {offered && (
        <p class="offer">
          <a
            href={offered.url}
            target="_blank"
            rel="noopener noreferrer"
            onClick={(e) => {
              e.preventDefault();
              openOffer(offered.url);
            }}
          >
            {t('openWebOffer', { host: new URL(offered.url).host.replace(/^www\./, '') })}
          </a>
        </p>
      )}
      {active && (cardWithoutQuery || store.query.value.trim() !== '') && (
        // The active result at a glance: its number (or chat, or web) and whether it is open.
        <div class="active-glance">
          <strong>{shownName(active, discreet)}</strong>
          {detail ? (
            <Glance
              resource={detail.resource}
              label={shownName(active, discreet)}
              catalogue={detail}
              now={store.now.value}
              onCopy={(text) => void copyWithNotice(store, actions, text)}
              onOpen={actions.openUrl}
            />
          ) : (
            <p class="glance" aria-busy="true" />
          )}
        </div>
      )}
      {/* The full card names the resource and what it is for: not in discreet mode. */}
      {active && !discreet && (cardWithoutQuery || store.query.value.trim() !== '') && (
        <LazyResourceCard
          store={store}
          row={active}
          actions={actions}
          idPrefix={idPrefix}
          journalTemplate={journalTemplate}
          extraActions={detail ? cardActions?.(detail.resource) : undefined}
          insert={insert}
        />
      )}
    </div>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import { t } from '../lib/i18n/i18n.ts';
import { shownName } from '../lib/resource/discreet.ts';
import type { SearchStore } from '../lib/results/search-store.ts';
import { useDiscreet } from './discreet.tsx';
import { useFeatureOff } from './features.ts';

export interface ResultListProps {
  store: SearchStore;
  listId: string;
  optionId: (id: string) => string;
  /** Runs the primary action of the active result (double click). */
  onRun: () => void;
}

/** The listbox of a combobox: focus never enters it, so options hold no buttons or links. */
export function ResultList({ store, listId, optionId, onRun }: ResultListProps) {
  const activeId = store.active.value?.id;
  const favouritesOff = useFeatureOff('favourites');
  const discreet = useDiscreet();
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const box = list.current;
    const option = activeId === undefined ? null : box?.querySelector(`[id="${optionId(activeId)}"]`);
    if (!box || !option) return;
    // Scrolls the list only: scrollIntoView would scroll the page too, and pull the side panel
    // down to its search whenever the first result became active.
    const outer = box.getBoundingClientRect();
    const inner = option.getBoundingClientRect();
    if (inner.top < outer.top) box.scrollTop -= outer.top - inner.top;
    else if (inner.bottom > outer.bottom) box.scrollTop += inner.bottom - outer.bottom;
  }, [activeId, optionId]);
  return (
    <div id={listId} ref={list} class="results" role="listbox" aria-label={t('resultsLabel')}>
      {store.results.value.map(({ resource, group }) => (
        // biome-ignore lint/a11y/useFocusableInteractive: aria-activedescendant pattern, focus stays in the search box
        // biome-ignore lint/a11y/useKeyWithClickEvents: keys are handled by the combobox input
        <div
          key={resource.id}
          id={optionId(resource.id)}
          role="option"
          aria-selected={resource.id === activeId}
          class="result"
          // Keeps focus in the search box, as the combobox pattern expects.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => store.select(resource.id)}
          onDblClick={onRun}
        >
          <span class="result-name">{shownName(resource, discreet)}</span>
          {group === 'favourite' && !favouritesOff && <span class="result-tag">★ {t('groupFavourite')}</span>}
          {group === 'recent' && <span class="result-tag">{t('groupRecent')}</span>}
          {!discreet && <span class="result-org">{resource.organisation}</span>}
        </div>
      ))}
    </div>
  );
}

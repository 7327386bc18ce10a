import { useState } from 'preact/hooks';
import type { Resource } from '../../data/schema.ts';
import type { MessageKey } from '../../lib/i18n/i18n.ts';
import { t } from '../../lib/i18n/i18n-sidepanel.ts';
import type { Suggestion } from '../../lib/rank/index.ts';
import { DEFAULT_JOURNAL_TEMPLATE, journalLine } from '../../lib/resource/journal-line.ts';
import type { SearchStore } from '../../lib/results/search-store.ts';
import { AGE_GROUPS, type AgeGroup } from '../../lib/storage/user-data.ts';
import type { PanelActions } from '../actions.ts';
import { useFeatureOff } from '../features.ts';
import { type Insert, InsertButton } from '../InsertButton.tsx';
import { ResourceCard } from '../ResourceCard.tsx';

const AGE_KEYS: Record<AgeGroup, MessageKey> = {
  under15: 'ageUnder15',
  '15-17': 'age15to17',
  '18-25': 'age18to25',
  over25: 'ageOver25',
};

export interface SuggestionsProps {
  suggestions: Suggestion[];
  byId: ReadonlyMap<string, Resource>;
  ageGroup: AgeGroup | null;
  onAgeGroup(group: AgeGroup | null): void;
  /** Age read from a personnummer on the page (opt-in); wins over the note's */
  pageAge: number | null;
  /** The patient's age as the note gives it ("Kvinna, 32 år"), when the user allows it */
  noteAge: number | null;
  insert: Insert;
  actions: PanelActions;
  /** For the full cards; until it is ready the suggestions show without them */
  store: SearchStore | null;
  journalTemplate?: string | undefined;
  onShow(id: string): void;
}

/** "Förslag för den här sidan": resources in their ranked order, with the reasons in words. */
export function Suggestions(props: SuggestionsProps) {
  const { suggestions, byId, ageGroup, onAgeGroup, pageAge, noteAge } = props;
  return (
    <section class="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">{t('suggestionsHeading')}</h2>
      <fieldset class="filter-age">
        <legend>{t('filterAgeLabel')}:</legend>
        {AGE_GROUPS.map((g) => (
          <button
            key={g}
            type="button"
            class="chip-toggle"
            aria-pressed={ageGroup === g}
            onClick={() => onAgeGroup(ageGroup === g ? null : g)}
          >
            {t(AGE_KEYS[g])}
          </button>
        ))}
      </fieldset>
      {pageAge !== null && <p class="muted">{t('pageAge', { age: pageAge })}</p>}
      {pageAge === null && noteAge !== null && <p class="muted">{t('noteAge', { age: noteAge })}</p>}
      {suggestions.length === 0 ? (
        <p class="muted">{t('suggestionsNone')}</p>
      ) : (
        <ol class="suggestion-list">
          {suggestions.map((s) => {
            const resource = byId.get(s.id);
            return resource ? (
              <SuggestionItem key={s.id} suggestion={s} resource={resource} {...props} />
            ) : null;
          })}
        </ol>
      )}
    </section>
  );
}

function SuggestionItem({
  suggestion,
  resource,
  store,
  journalTemplate,
  insert,
  actions,
  onShow,
}: SuggestionsProps & { suggestion: Suggestion; resource: Resource }) {
  const [open, setOpen] = useState(false);
  const journalOff = useFeatureOff('journalLine');
  const line = () => journalLine(resource, journalTemplate ?? DEFAULT_JOURNAL_TEMPLATE, new Date());
  return (
    <li
      class={`suggestion${suggestion.negatedOnly ? ' suggestion--negated' : ''}`}
      data-group={suggestion.group}
    >
      <h3>
        <button type="button" class="link" onClick={() => onShow(resource.id)}>
          {resource.name}
        </button>
      </h3>
      <p class="suggestion-reasons">{suggestion.reasons.join(' · ')}</p>
      <div class="card-actions">
        {!open && !journalOff && (
          <InsertButton name={resource.name} line={line} insert={insert} actions={actions} />
        )}
        <button
          type="button"
          aria-expanded={open}
          aria-label={t('cardDetailsLabel', { name: resource.name })}
          onClick={() => setOpen(!open)}
        >
          {t('cardDetails')}
        </button>
      </div>
      {open && store && (
        <ResourceCard
          store={store}
          resource={resource}
          actions={actions}
          idPrefix={`suggestion-${resource.id}`}
          journalTemplate={journalTemplate}
          insert={insert}
        />
      )}
    </li>
  );
}

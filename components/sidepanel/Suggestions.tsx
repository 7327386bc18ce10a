import { useState } from 'preact/hooks';
import type { Resource } from '../../data/schema.ts';
import { type MessageKey, t } from '../../lib/i18n.ts';
import { DEFAULT_JOURNAL_TEMPLATE, journalLine } from '../../lib/journal-line.ts';
import type { Suggestion } from '../../lib/rank/index.ts';
import { AGE_GROUPS, type AgeGroup } from '../../lib/user-data.ts';
import type { PanelActions } from '../actions.ts';
import type { InsertOutcome } from './insert-in-tab.ts';

const AGE_KEYS: Record<AgeGroup, MessageKey> = {
  under15: 'ageUnder15',
  '15-17': 'age15to17',
  '18-25': 'age18to25',
  over25: 'ageOver25',
};

const FAILURE: Record<string, MessageKey> = {
  'no-field': 'insertNoField',
  'field-gone': 'insertNoField',
  'read-only': 'insertReadOnly',
  'no-script': 'insertNoScript',
};

export interface SuggestionsProps {
  suggestions: Suggestion[];
  byId: ReadonlyMap<string, Resource>;
  ageGroup: AgeGroup | null;
  onAgeGroup(group: AgeGroup | null): void;
  /** Age read from the page (opt-in), shown instead of the chips' choice when set */
  pageAge: number | null;
  insert(text: string): Promise<InsertOutcome>;
  actions: PanelActions;
  onShow(id: string): void;
}

/** "Förslag för den här sidan": ranked resources with the reasons in words. */
export function Suggestions(props: SuggestionsProps) {
  const { suggestions, byId, ageGroup, onAgeGroup, pageAge } = props;
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
  insert,
  actions,
  onShow,
}: SuggestionsProps & { suggestion: Suggestion; resource: Resource }) {
  const [status, setStatus] = useState<{ text: string; offerCopy: boolean } | null>(null);
  const line = () => journalLine(resource, DEFAULT_JOURNAL_TEMPLATE, new Date());
  const onInsert = async () => {
    const result = await insert(line());
    if (result.inserted) setStatus({ text: t('inserted'), offerCopy: false });
    else setStatus({ text: t(FAILURE[result.reason] ?? 'insertNoField'), offerCopy: true });
  };
  const onCopy = () =>
    actions.copy(line()).then(
      () => setStatus({ text: t('copied', { text: line() }), offerCopy: false }),
      () => setStatus({ text: t('copyFailed'), offerCopy: false }),
    );
  return (
    <li class={`suggestion${suggestion.negatedOnly ? ' suggestion--negated' : ''}`}>
      <h3>
        <button type="button" class="link" onClick={() => onShow(resource.id)}>
          {resource.name}
        </button>
      </h3>
      <p class="suggestion-reasons">{suggestion.reasons.join(' · ')}</p>
      <div class="card-actions">
        <button
          type="button"
          aria-label={t('insertLabel', { name: resource.name })}
          onClick={() => void onInsert()}
        >
          {t('insertJournal')}
        </button>
        {status?.offerCopy && (
          <button type="button" onClick={() => void onCopy()}>
            {t('copyJournal')}
          </button>
        )}
      </div>
      <p role="status" class="muted">
        {status?.text ?? ''}
      </p>
    </li>
  );
}

import { useState } from 'preact/hooks';
import type { GuidanceResource, Resource } from '../../data/schema.ts';
import type { SidePanelMessageKey } from '../../lib/i18n/i18n-sidepanel.ts';
import { t } from '../../lib/i18n/i18n-sidepanel.ts';
import type { GroupedSuggestions } from '../../lib/rank/groups.ts';
import type { SuggestionGroup } from '../../lib/rank/index.ts';
import { useDiscreet } from '../discreet.tsx';
import { GuidanceNote } from './GuidanceNote.tsx';
import { type RowContext, SuggestionRow } from './SuggestionRow.tsx';

const HEADINGS: Record<SuggestionGroup, SidePanelMessageKey> = {
  akut: 'groupAkut',
  contact: 'groupContact',
  staff: 'groupStaff',
  learn: 'groupLearn',
};

export interface SuggestionsProps extends Omit<RowContext, 'announce'> {
  groups: GroupedSuggestions;
  byId: ReadonlyMap<string, Resource>;
  /** Closed first choices (by id) and the open alternative to show beside each */
  alternatives: ReadonlyMap<string, string>;
  /** Why the Akut group is there: danger on the page, or trafficking (the police first) */
  akutFor: 'danger' | 'trafficking' | null;
  /** Suggestions (by id) with the emergency number to show beside them */
  emergency: ReadonlyMap<string, string>;
  /** Guidance for a child's situation: the duty to report */
  duty: readonly GuidanceResource[];
  /** Guidance for staff on the page's situations ("Fråga om våld"), below the contacts */
  guidance: readonly GuidanceResource[];
  /** Age read from a personnummer on the page (opt-in); wins over the note's */
  pageAge: number | null;
  /** The patient's age as the note gives it ("Kvinna, 32 år"), when the user allows it */
  noteAge: number | null;
}

/**
 * "Förslag för den här sidan" in the order of need: Akut, the duty to report, Kontakta, guidance
 * for staff, Råd till dig som personal, and Fördjupning closed. Each row acts without being opened (SuggestionRow).
 */
export function Suggestions(props: SuggestionsProps) {
  const { groups, byId, alternatives, emergency, akutFor, duty, guidance, pageAge, noteAge } = props;
  const [notice, setNotice] = useState('');
  const discreet = useDiscreet();
  const context: RowContext = { ...props, announce: setNotice };
  const empty = Object.values(groups).every((list) => list.length === 0);
  const rows = (group: SuggestionGroup) =>
    groups[group].map((s) => {
      const resource = byId.get(s.id);
      const alt = alternatives.get(s.id);
      const sos = emergency.get(s.id);
      const police = s.beside?.[0];
      return resource ? (
        <SuggestionRow
          key={s.id}
          suggestion={s}
          resource={resource}
          {...context}
          alternative={alt === undefined ? undefined : byId.get(alt)}
          emergencyLine={sos === undefined ? undefined : byId.get(sos)}
          policeLine={police === undefined ? undefined : byId.get(police)}
        />
      ) : null;
    });
  const heading = (id: SuggestionGroup): SidePanelMessageKey => {
    if (id !== 'akut') return HEADINGS[id];
    if (discreet) return 'groupAkutDiscreet';
    return akutFor === 'trafficking' ? 'groupProtection' : 'groupAkut';
  };
  const group = (id: SuggestionGroup) =>
    groups[id].length > 0 && (
      <section class={`suggestion-group suggestion-group--${id}`} aria-labelledby={`group-${id}`}>
        <h3 id={`group-${id}`} class="group-heading">
          {id === 'akut' && <span aria-hidden="true">⚠ </span>}
          {t(heading(id))}
        </h3>
        <ol class="suggestion-list">{rows(id)}</ol>
      </section>
    );
  return (
    <section class="suggestions" aria-labelledby="suggestions-heading" data-suggestion-rows>
      <h2 id="suggestions-heading">{t('suggestionsHeading')}</h2>
      <p id="suggestion-row-hint" class="sr-only">
        {t('rowHint')}
      </p>
      {!discreet && pageAge !== null && <p class="muted">{t('pageAge', { age: pageAge })}</p>}
      {!discreet && pageAge === null && noteAge !== null && (
        <p class="muted">{t('noteAge', { age: noteAge })}</p>
      )}
      {empty && duty.length === 0 && guidance.length === 0 ? (
        <p class="muted">{t('suggestionsNone')}</p>
      ) : (
        <>
          {group('akut')}
          {duty.map((g) => (
            <GuidanceNote key={g.id} {...context} guidance={g} byId={byId} duty />
          ))}
          {group('contact')}
          {guidance.map((g) => (
            <GuidanceNote key={g.id} {...context} guidance={g} byId={byId} duty={false} />
          ))}
          {group('staff')}
          {groups.learn.length > 0 && (
            <details class="suggestion-group suggestion-group--learn">
              <summary>
                {t('groupLearn')} ({groups.learn.length})
              </summary>
              <ol class="suggestion-list">{rows('learn')}</ol>
            </details>
          )}
        </>
      )}
      <p class="notice" role="status">
        {notice}
      </p>
    </section>
  );
}

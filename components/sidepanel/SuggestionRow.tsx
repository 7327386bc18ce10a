import { useState } from 'preact/hooks';
import type { Resource } from '../../data/schema.ts';
import type { BundledCatalogue } from '../../lib/catalogue/bundled.ts';
import { t } from '../../lib/i18n/i18n-sidepanel.ts';
import type { Suggestion } from '../../lib/rank/index.ts';
import { shownName } from '../../lib/resource/discreet.ts';
import { primaryChannel } from '../../lib/resource/glance.ts';
import { DEFAULT_JOURNAL_TEMPLATE, journalLine } from '../../lib/resource/journal-line.ts';
import type { SearchStore } from '../../lib/results/search-store.ts';
import type { PanelActions } from '../actions.ts';
import { useDiscreet } from '../discreet.tsx';
import { useFeatureOff } from '../features.ts';
import { Glance } from '../Glance.tsx';
import { forWhomLine } from '../glance-text.ts';
import { HandoutButton } from '../HandoutButton.tsx';
import { type Insert, InsertButton } from '../InsertButton.tsx';
import { ResourceCard } from '../ResourceCard.tsx';
import { onRowKeyDown } from './roving.ts';

export interface RowContext {
  catalogue: Pick<BundledCatalogue, 'hours'>;
  now: Date;
  insert: Insert;
  actions: PanelActions;
  /** For the full card; until it is ready "Detaljer" waits */
  store: SearchStore | null;
  journalTemplate?: string | undefined;
  /** Says what was copied or that nothing could be, in the list's live region */
  announce(text: string): void;
}

export interface SuggestionRowProps extends RowContext {
  suggestion: Suggestion;
  resource: Resource;
  /** The best open contact for the same need, shown beside a closed first choice */
  alternative?: Resource | undefined;
  /** The emergency number, shown beside the police for a suspected trafficking victim */
  emergencyLine?: Resource | undefined;
  /** The police's own line, shown beside 112 on acute danger (lib/rank/akut-row.ts) */
  policeLine?: Resource | undefined;
}

/**
 * One suggestion, usable without opening it: name, for whom, the number (or chat, or web) with
 * its live status, the reasons and "Infoga i journalen". One Tab stop; see roving.ts for keys.
 */
export function SuggestionRow(props: SuggestionRowProps) {
  const { suggestion, resource, alternative, emergencyLine, policeLine, catalogue, now, actions, announce } =
    props;
  const [open, setOpen] = useState(false);
  const journalOff = useFeatureOff('journalLine');
  const discreet = useDiscreet();
  const name = shownName(resource, discreet);
  const template = props.journalTemplate ?? DEFAULT_JOURNAL_TEMPLATE;
  const copy = (text: string) =>
    void actions.copy(text).then(
      () => announce(t('copied', { text })),
      () => announce(t('copyFailed')),
    );
  const primary = () => {
    const channel = primaryChannel(resource);
    if (channel === null) announce(t('noKnownChannel'));
    else if (channel.type === 'phone') copy(channel.number);
    else actions.openUrl(channel.url);
  };
  const nameId = `suggestion-${resource.id}-name`;
  const akut = suggestion.group === 'akut';
  return (
    <li
      class={`suggestion${suggestion.negatedOnly ? ' suggestion--negated' : ''}${akut ? ' suggestion--akut' : ''}`}
      data-group={suggestion.group}
      data-suggestion-row={resource.id}
      // One focus stop per suggestion, like the articles of a WAI-ARIA feed: its buttons are reached
      // with the arrow keys (roving.ts), so Tab goes from suggestion to suggestion.
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the row itself is the focus stop (see above)
      tabIndex={0}
      aria-labelledby={nameId}
      aria-describedby="suggestion-row-hint"
      onKeyDown={(e) => onRowKeyDown(e, primary)}
    >
      <h3 id={nameId}>
        {akut && !discreet && <span class="akut-marker">{t('groupAkutMarker')} </span>}
        {name}
      </h3>
      <p class="glance-for">{forWhomLine(resource, discreet)}</p>
      <Glance
        resource={resource}
        label={name}
        catalogue={catalogue}
        now={now}
        onCopy={copy}
        onOpen={actions.openUrl}
        tabIndex={-1}
      />
      {[
        [alternative, 'openInstead', 'alternative'] as const,
        [emergencyLine, 'emergencyBeside', 'alternative alternative--emergency'] as const,
        [policeLine, 'policeBeside', 'alternative alternative--police'] as const,
      ].map(
        ([other, label, cls]) =>
          other && (
            <div class={cls} key={label}>
              <span class="alternative-label">{t(label)}</span>{' '}
              {/* 112 says its own name: beside the police only the number and its status. */}
              {other !== emergencyLine && <strong>{shownName(other, discreet)}</strong>}
              <Glance
                resource={other}
                label={shownName(other, discreet)}
                catalogue={catalogue}
                now={now}
                onCopy={copy}
                onOpen={actions.openUrl}
                tabIndex={-1}
              />
            </div>
          ),
      )}
      {/* Why, and the slip for the patient: the name's line keeps room for the name. */}
      <div class="suggestion-foot">
        {!discreet && (
          <p class="suggestion-reasons" title={suggestion.reasons.join(' · ')}>
            {suggestion.reasons.join(' · ')}
          </p>
        )}
        <HandoutButton resource={resource} actions={actions} label={name} tabIndex={-1} />
      </div>
      <div class="card-actions">
        {!open && !journalOff && (
          <InsertButton
            name={name}
            line={() => journalLine(resource, template, new Date())}
            insert={props.insert}
            actions={actions}
            tabIndex={-1}
            short
          />
        )}
        {/* The full card names the resource and what it is for: not in discreet mode. */}
        {!discreet && (
          <button
            type="button"
            tabIndex={-1}
            aria-expanded={open}
            aria-label={t('cardDetailsLabel', { name: resource.name })}
            disabled={props.store === null}
            onClick={() => setOpen(!open)}
          >
            {t('cardDetails')}
          </button>
        )}
      </div>
      {open && !discreet && props.store && (
        <ResourceCard
          store={props.store}
          resource={resource}
          hours={catalogue}
          actions={actions}
          idPrefix={`suggestion-${resource.id}`}
          journalTemplate={props.journalTemplate}
          insert={props.insert}
        />
      )}
    </li>
  );
}

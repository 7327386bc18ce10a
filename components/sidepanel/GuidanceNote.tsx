import type { GuidanceResource, Resource } from '../../data/schema.ts';
import { getLocale } from '../../lib/i18n/i18n.ts';
import { t } from '../../lib/i18n/i18n-sidepanel.ts';
import { shownName } from '../../lib/resource/discreet.ts';
import { primaryChannel } from '../../lib/resource/glance.ts';
import { useDiscreet } from '../discreet.tsx';
import { Glance } from '../Glance.tsx';
import { GuidanceCard } from '../GuidanceCard.tsx';
import { onRowKeyDown } from './roving.ts';
import type { RowContext } from './SuggestionRow.tsx';

export interface GuidanceNoteProps extends RowContext {
  guidance: GuidanceResource;
  byId: ReadonlyMap<string, Resource>;
  /** The duty to report concern for a child (above the contacts, marked); else advice for staff. */
  duty: boolean;
}

/**
 * A guidance entry as the data says it: its one-line purpose, and behind "Så gör du" the contacts it
 * names with their numbers and status and the steps, law and sources. Short while closed, so the
 * contacts below still fit on the screen. The duty to report concern for a child stands above the
 * contacts and is marked; guidance for staff ("Fråga om våld") stands below them. Editors keep the
 * text; nothing here is written in code.
 */
export function GuidanceNote({
  guidance,
  byId,
  catalogue,
  now,
  actions,
  announce,
  store,
  duty,
}: GuidanceNoteProps) {
  const discreet = useDiscreet();
  const purpose = (getLocale() === 'en' && guidance.en?.purpose) || guidance.purpose;
  const related = guidance.related.flatMap((id) => byId.get(id) ?? []);
  const copy = (text: string) =>
    void actions.copy(text).then(
      () => announce(t('copied', { text })),
      () => announce(t('copyFailed')),
    );
  // Enter on the note: the first contact it names that can be reached, as on a suggestion.
  const primary = () => {
    for (const r of related) {
      const channel = primaryChannel(r);
      if (channel?.type === 'phone') return copy(channel.number);
      if (channel) return actions.openUrl(channel.url);
    }
    announce(t('noKnownChannel'));
  };
  return (
    <section
      class={duty ? 'duty-note' : 'guidance-note'}
      // Guidance for staff is ancillary to the contacts, no landmark of its own: in discreet mode
      // every note is named "Vägledning för personal", and landmarks must differ by name.
      role={duty ? undefined : 'note'}
      aria-labelledby={`duty-${guidance.id}`}
      data-suggestion-row={guidance.id}
      // One focus stop, like a suggestion row (roving.ts).
      tabIndex={0}
      aria-describedby="suggestion-row-hint"
      onKeyDown={(e) => onRowKeyDown(e, primary)}
    >
      <h3 id={`duty-${guidance.id}`} class="group-heading">
        {shownName(guidance, discreet)}
      </h3>
      {!discreet && <p>{purpose}</p>}
      <details>
        <summary tabIndex={-1}>{t('dutyMore')}</summary>
        <ul class="duty-contacts">
          {related.map((r) => (
            <li key={r.id}>
              <strong>{shownName(r, discreet)}</strong>
              <Glance
                resource={r}
                label={shownName(r, discreet)}
                catalogue={catalogue}
                now={now}
                onCopy={copy}
                onOpen={actions.openUrl}
                tabIndex={-1}
              />
            </li>
          ))}
        </ul>
        {store && !discreet && (
          <GuidanceCard store={store} resource={guidance} idPrefix={`duty-${guidance.id}`} />
        )}
      </details>
    </section>
  );
}

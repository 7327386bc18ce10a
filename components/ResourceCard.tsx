import type { ComponentChildren } from 'preact';
import type { Resource } from '../data/schema.ts';
import { costNote, knownCost } from '../lib/catalogue/facts.ts';
import { getLocale, type MessageKey, t } from '../lib/i18n/i18n.ts';
import { DEFAULT_JOURNAL_TEMPLATE, journalLine } from '../lib/resource/journal-line.ts';
import { qrTarget } from '../lib/resource/primary-action.ts';
import { weakSources } from '../lib/resource/source-quality.ts';
import type { HoursSource } from '../lib/results/filters.ts';
import type { SearchStore } from '../lib/results/search-store.ts';
import type { PanelActions } from './actions.ts';
import { ChannelList } from './ChannelList.tsx';
import { Chips } from './Chips.tsx';
import { copyWithNotice } from './copy.ts';
import { FactQuality } from './FactQuality.tsx';
import { FavouriteButton } from './FavouriteButton.tsx';
import { useFeatureOff } from './features.ts';
import { GuidanceCard } from './GuidanceCard.tsx';
import { HandoutButton } from './HandoutButton.tsx';
import { type Insert, InsertButton } from './InsertButton.tsx';
import { QrCode } from './QrCode.tsx';
import { SiteAges } from './SiteAges.tsx';
import { SourceList } from './SourceList.tsx';

const ANONYMITY: Record<Resource['anonymity'], MessageKey> = {
  anonymous: 'anonymous',
  optional: 'anonymityOptional',
  'not-anonymous': 'notAnonymous',
  unknown: 'unknownValue',
};

function costSource(cost: Resource['cost']): string | undefined {
  return typeof cost === 'object' ? cost.source : undefined;
}

/** "Kostnadsfritt (…)", or unknown with what is known beside it: never guessed. */
function costText(cost: Resource['cost']): string {
  const known = knownCost(cost);
  const base = known ? (known.free ? t('free') : t('notFree')) : t('unknownValue');
  const note = costNote(cost);
  return note ? `${base} (${note})` : base;
}

export interface ResourceCardProps {
  store: SearchStore;
  resource: Resource;
  /** The compiled hours of its channels (its details, or the side panel's whole catalogue) */
  hours: HoursSource;
  actions: PanelActions;
  idPrefix?: string;
  /** The admin's journal template, when set */
  journalTemplate?: string | undefined;
  /** More actions beside "Kopiera journaltext" */
  extraActions?: ComponentChildren;
  /** Given where a tab with an enabled site can take the line: shows "Infoga i journalen" */
  insert?: Insert | undefined;
}

/** Everything needed to refer a patient to one resource, usable with keyboard and screen reader. */
export function ResourceCard(props: ResourceCardProps) {
  const { resource } = props;
  if (resource.kind === 'guidance')
    return <GuidanceCard store={props.store} resource={resource} idPrefix={props.idPrefix ?? 'hv'} />;
  return <ServiceCard {...props} />;
}

function ServiceCard({
  store,
  resource,
  hours,
  actions,
  idPrefix = 'hv',
  journalTemplate = DEFAULT_JOURNAL_TEMPLATE,
  extraActions,
  insert,
}: ResourceCardProps) {
  const journalOff = useFeatureOff('journalLine');
  const qrOff = useFeatureOff('qrCode');
  const favouritesOff = useFeatureOff('favourites');
  const line = () => journalLine(resource, journalTemplate, new Date());
  const headingId = `${idPrefix}-card-title`;
  const purpose = (getLocale() === 'en' && resource.en?.purpose) || resource.purpose;
  const qr = qrTarget(resource);
  return (
    <section class="card" aria-labelledby={headingId}>
      <header class="card-head">
        <h2 id={headingId}>{resource.name}</h2>
        {!favouritesOff && <FavouriteButton store={store} resource={resource} />}
      </header>
      <p class="card-org">{resource.organisation}</p>
      <p class="card-purpose">{purpose}</p>
      {resource.urgent && (
        <p class="card-urgent">
          <strong>{t('urgent')}:</strong> {resource.urgent}
        </p>
      )}
      <Chips resource={resource} />
      <SiteAges resource={resource} now={store.now.value} />
      <ChannelList store={store} resource={resource} hours={hours} actions={actions} />
      <dl class="facts">
        <dt>{t('anonymity')}</dt>
        <dd>{t(ANONYMITY[resource.anonymity])}</dd>
        <dt>{t('cost')}</dt>
        <dd>
          {costText(resource.cost)}
          <FactQuality qualities={weakSources(resource, [costSource(resource.cost)], store.now.value)} />
        </dd>
      </dl>
      <div class="card-actions">
        {!journalOff && (
          <button
            type="button"
            aria-label={t('copyJournalLabel', { name: resource.name })}
            onClick={() => void copyWithNotice(store, actions, line())}
          >
            {t('copyJournal')}
          </button>
        )}
        {!journalOff && insert && (
          <InsertButton
            key={resource.id}
            name={resource.name}
            line={line}
            insert={insert}
            actions={actions}
            offerCopy={false}
          />
        )}
        <HandoutButton resource={resource} actions={actions} label={resource.name} />
        {extraActions}
        {!qrOff && qr !== null && <QrCode key={resource.id} target={qr} idPrefix={idPrefix} />}
      </div>
      {resource.unknownNote && (
        <p class="card-unknown">
          <strong>{t('unknownNote')}:</strong> {resource.unknownNote}
        </p>
      )}
      <SourceList resource={resource} now={store.now.value} />
    </section>
  );
}

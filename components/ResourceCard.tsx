import type { ComponentChildren } from 'preact';
import type { Resource } from '../data/schema.ts';
import { getLocale, type MessageKey, t } from '../lib/i18n.ts';
import { DEFAULT_JOURNAL_TEMPLATE, journalLine } from '../lib/journal-line.ts';
import { qrTarget } from '../lib/primary-action.ts';
import type { SearchStore } from '../lib/search-store.ts';
import type { PanelActions } from './actions.ts';
import { ChannelList } from './ChannelList.tsx';
import { Chips } from './Chips.tsx';
import { copyWithNotice } from './copy.ts';
import { FavouriteButton } from './FavouriteButton.tsx';
import { QrCode } from './QrCode.tsx';
import { SourceList } from './SourceList.tsx';

const ANONYMITY: Record<Resource['anonymity'], MessageKey> = {
  anonymous: 'anonymous',
  optional: 'anonymityOptional',
  'not-anonymous': 'notAnonymous',
  unknown: 'unknownValue',
};

function costText(cost: Resource['cost']): string {
  if (cost === 'unknown') return t('unknownValue');
  const base = cost.free ? t('free') : t('notFree');
  return cost.note ? `${base} (${cost.note})` : base;
}

export interface ResourceCardProps {
  store: SearchStore;
  resource: Resource;
  actions: PanelActions;
  idPrefix?: string;
  /** The admin's journal template, when set */
  journalTemplate?: string | undefined;
  /** More actions beside "Kopiera journaltext", e.g. the side panel's "Infoga i journalen" */
  extraActions?: ComponentChildren;
}

/** Everything needed to refer a patient to one resource, usable with keyboard and screen reader. */
export function ResourceCard({
  store,
  resource,
  actions,
  idPrefix = 'hv',
  journalTemplate = DEFAULT_JOURNAL_TEMPLATE,
  extraActions,
}: ResourceCardProps) {
  const headingId = `${idPrefix}-card-title`;
  const purpose = (getLocale() === 'en' && resource.en?.purpose) || resource.purpose;
  const qr = qrTarget(resource);
  return (
    <section class="card" aria-labelledby={headingId}>
      <header class="card-head">
        <h2 id={headingId}>{resource.name}</h2>
        <FavouriteButton store={store} resource={resource} />
      </header>
      <p class="card-org">{resource.organisation}</p>
      <p class="card-purpose">{purpose}</p>
      {resource.urgent && (
        <p class="card-urgent">
          <strong>{t('urgent')}:</strong> {resource.urgent}
        </p>
      )}
      <Chips resource={resource} />
      <ChannelList store={store} resource={resource} actions={actions} />
      <dl class="facts">
        <dt>{t('anonymity')}</dt>
        <dd>{t(ANONYMITY[resource.anonymity])}</dd>
        <dt>{t('cost')}</dt>
        <dd>{costText(resource.cost)}</dd>
      </dl>
      <div class="card-actions">
        <button
          type="button"
          aria-label={t('copyJournalLabel', { name: resource.name })}
          onClick={() =>
            void copyWithNotice(store, actions, journalLine(resource, journalTemplate, new Date()))
          }
        >
          {t('copyJournal')}
        </button>
        {extraActions}
        {qr !== null && <QrCode key={resource.id} target={qr} idPrefix={idPrefix} />}
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

import type { TargetedMouseEvent } from 'preact';
import type { Channel, Resource } from '../data/schema.ts';
import { channelHours } from '../lib/catalogue/bundled.ts';
import { hoursNote } from '../lib/catalogue/facts.ts';
import { type MessageKey, t } from '../lib/i18n/i18n.ts';
import { telHref } from '../lib/resource/phone.ts';
import { weakSources } from '../lib/resource/source-quality.ts';
import type { HoursSource } from '../lib/results/filters.ts';
import type { SearchStore } from '../lib/results/search-store.ts';
import type { PanelActions } from './actions.ts';
import { copyWithNotice } from './copy.ts';
import { FactQuality } from './FactQuality.tsx';
import { HoursStatus } from './HoursStatus.tsx';

const LABELS: Record<Channel['type'], MessageKey> = {
  phone: 'channelPhone',
  sms: 'channelSms',
  textphone: 'channelTextphone',
  chat: 'channelChat',
  web: 'channelWeb',
  email: 'channelEmail',
  visit: 'channelVisit',
};

function hoursSource(channel: Channel): string | undefined {
  return 'hours' in channel && typeof channel.hours === 'object' ? channel.hours.source : undefined;
}

interface Props {
  store: SearchStore;
  resource: Resource;
  hours: HoursSource;
  actions: PanelActions;
}

/** Every way to reach the resource, each with what can be done with it and its hours. */
export function ChannelList({ store, resource, hours, actions }: Props) {
  const now = store.now.value;
  const name = resource.name;
  const openLink = (url: string, label: string) => (
    <a
      href={url}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e: TargetedMouseEvent<HTMLAnchorElement>) => {
        e.preventDefault();
        actions.openUrl(url);
        store.markUsed(resource.id);
      }}
    >
      {url.replace(/^https:\/\/(www\.)?/, '').replace(/\/$/, '')}
      {/* Context for screen readers; the visible address stays the start of the name (WCAG 2.5.3). */}
      <span class="sr-only"> ({label})</span>
    </a>
  );

  const body = (channel: Channel) => {
    switch (channel.type) {
      case 'phone':
      case 'sms':
      case 'textphone': {
        if (channel.number === 'unknown') return <span>{t('numberUnknown')}</span>;
        const number = channel.number;
        const href = channel.type === 'sms' ? `sms:${number.replace(/\D/g, '')}` : (telHref(number) ?? '');
        return (
          <>
            <a href={href} class="phone">
              {number}
              <span class="sr-only"> ({t('callLabel', { name })})</span>
            </a>{' '}
            <button
              type="button"
              class="copy"
              aria-label={t('copyNumberLabel', { name })}
              onClick={() => {
                void copyWithNotice(store, actions, number);
                store.markUsed(resource.id);
              }}
            >
              {t('copyNumber')}
            </button>
          </>
        );
      }
      case 'chat':
        return channel.url === 'unknown' ? (
          <span>{t('addressUnknown')}</span>
        ) : (
          openLink(channel.url, t('openChatLabel', { name }))
        );
      case 'web':
        return openLink(channel.url, t('openWebLabel', { name }));
      case 'email':
        return channel.address === 'unknown' ? (
          <span>{t('addressUnknown')}</span>
        ) : (
          <a href={`mailto:${channel.address}`}>{channel.address}</a>
        );
      case 'visit':
        return <span>{channel.address === 'unknown' ? t('addressUnknown') : channel.address}</span>;
    }
  };

  return (
    <ul class="channels">
      {resource.channels.map((channel, i) => (
        <li key={i} class={`channel channel-${channel.type}`}>
          <span class="channel-type">{t(LABELS[channel.type])}:</span> {body(channel)}
          {'hours' in channel && (
            <HoursStatus
              hours={channelHours(hours, resource.id, i)}
              now={now}
              note={hoursNote(channel.hours)}
            />
          )}
          {channel.note && <div class="channel-note">{channel.note}</div>}
          {channel.type === 'email' && channel.responseTime && (
            <div class="channel-note">{channel.responseTime}</div>
          )}
          <FactQuality qualities={weakSources(resource, [channel.source, hoursSource(channel)], now)} />
        </li>
      ))}
    </ul>
  );
}

import type { TargetedMouseEvent } from 'preact';
import type { Resource } from '../data/schema.ts';
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';
import { getLocale, t } from '../lib/i18n/i18n.ts';
import { channelStatus, primaryChannel } from '../lib/resource/glance.ts';

export interface GlanceProps {
  resource: Pick<Resource, 'id' | 'name' | 'channels'>;
  catalogue: Pick<BundledCatalogue, 'hours'>;
  now: Date;
  /** Copies the number (with a notice); the surface decides how */
  onCopy(text: string): void;
  onOpen(url: string): void;
  /** -1 inside a suggestion row, whose own focus is the one Tab stop */
  tabIndex?: number;
  /** The name to use in labels (a neutral label in discreet mode) */
  label?: string;
}

/**
 * The primary channel and whether it is open, without opening the card: the number as a tel:
 * link with a copy button, or the chat or web link; "Öppet nu · stänger 16:00",
 * "Stängt · öppnar i morgon 09:00" or "Öppettider okända", never closed when unknown.
 */
export function Glance({ resource, catalogue, now, onCopy, onOpen, tabIndex, label }: GlanceProps) {
  const name = label ?? resource.name;
  const primary = primaryChannel(resource);
  if (primary === null) return <p class="glance glance-none">{t('noKnownChannel')}</p>;
  const status = channelStatus(resource, primary.index, catalogue, now, getLocale());
  const open = (e: TargetedMouseEvent<HTMLAnchorElement>, url: string) => {
    e.preventDefault();
    onOpen(url);
  };
  return (
    <p class="glance">
      {primary.type === 'phone' ? (
        <>
          <a href={primary.href} class="phone" tabIndex={tabIndex} data-primary="phone">
            {primary.number}
            <span class="sr-only"> ({t('callLabel', { name })})</span>
          </a>{' '}
          <button
            type="button"
            class="copy"
            tabIndex={tabIndex}
            aria-label={t('copyNumberLabel', { name })}
            onClick={() => onCopy(primary.number)}
          >
            {t('copyNumber')}
          </button>
        </>
      ) : (
        <a
          href={primary.url}
          target="_blank"
          rel="noopener noreferrer"
          tabIndex={tabIndex}
          data-primary={primary.type}
          onClick={(e) => open(e, primary.url)}
        >
          {t(primary.type === 'chat' ? 'primaryChat' : 'primaryWeb')}:{' '}
          {new URL(primary.url).host.replace(/^www\./, '')}
          <span class="sr-only">
            {' '}
            ({t(primary.type === 'chat' ? 'openChatLabel' : 'openWebLabel', { name })})
          </span>
        </a>
      )}
      {status && (
        <>
          {' '}
          <span class={`hours-status hours-${status.state}`}>{status.text}</span>
        </>
      )}
    </p>
  );
}

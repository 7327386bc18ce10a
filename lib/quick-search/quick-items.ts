/**
 * What the in-page overlay and the address bar show of a resource: just enough to pick it and
 * act on it, at a glance. The background builds these, so the page never holds the catalogue.
 * In discreet mode the page gets the neutral label only: no name, organisation or purpose.
 */
import type { Resource } from '../../data/schema.ts';
import type { BundledCatalogue } from '../catalogue/bundled.ts';
import type { HoursLocale } from '../hours/format.ts';
import { shownName } from '../resource/discreet.ts';
import { channelStatus, type GlanceStatus, primaryChannel } from '../resource/glance.ts';
import { DEFAULT_JOURNAL_TEMPLATE, journalLine } from '../resource/journal-line.ts';
import type { OmniboxResource } from './omnibox.ts';

/** The primary channel as the overlay shows it: the number with its tel: link, or the chat or web host. */
export type QuickChannel =
  | { type: 'phone'; number: string; href: string }
  | { type: 'chat' | 'web'; url: string; host: string };

export interface QuickItem extends OmniboxResource {
  purpose: string;
  /** The documentation line Enter inserts: the service's real name, as the journal needs it */
  journal: string;
  /** Chat address when known, otherwise the web site; null when neither is known */
  url: string | null;
  /** The channel to use first and whether it is open now ("Öppettider okända", never closed when unknown) */
  primary: QuickChannel | null;
  status: GlanceStatus | null;
}

type Source = Pick<
  Resource,
  'id' | 'kind' | 'name' | 'neutralName' | 'organisation' | 'purpose' | 'channels'
>;

export interface QuickOptions {
  template?: string | undefined;
  /** The compiled hours, for the live status; without them the status is left out */
  hours?: Pick<BundledCatalogue, 'hours'>;
  locale?: HoursLocale;
  discreet?: boolean;
}

export function firstPhone(resource: Pick<Resource, 'channels'>): string | null {
  for (const c of resource.channels) if (c.type === 'phone' && c.number !== 'unknown') return c.number;
  return null;
}

export function firstUrl(resource: Pick<Resource, 'channels'>): string | null {
  for (const type of ['chat', 'web'] as const)
    for (const c of resource.channels) if (c.type === type && c.url !== 'unknown') return c.url;
  return null;
}

function quickChannel(resource: Pick<Resource, 'channels'>): { channel: QuickChannel; index: number } | null {
  const p = primaryChannel(resource);
  if (p === null) return null;
  if (p.type === 'phone')
    return { channel: { type: 'phone', number: p.number, href: p.href }, index: p.index };
  const host = new URL(p.url).host.replace(/^www\./, '');
  return { channel: { type: p.type, url: p.url, host }, index: p.index };
}

export function quickItem(resource: Source, now: Date, opts: QuickOptions = {}): QuickItem {
  const discreet = opts.discreet === true;
  const primary = quickChannel(resource);
  const status =
    primary && opts.hours
      ? channelStatus(resource, primary.index, opts.hours, now, opts.locale ?? 'sv')
      : null;
  return {
    id: resource.id,
    name: shownName(resource, discreet),
    organisation: discreet ? '' : resource.organisation,
    purpose: discreet ? '' : resource.purpose,
    phone: firstPhone(resource),
    url: firstUrl(resource),
    journal: journalLine(resource, opts.template ?? DEFAULT_JOURNAL_TEMPLATE, now),
    primary: primary?.channel ?? null,
    status,
  };
}

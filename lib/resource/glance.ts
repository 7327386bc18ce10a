/**
 * What a suggestion shows without being opened: the channel to use first and whether it is open
 * now. A clinician in a call wants the number; without one, the chat; without that, the web page.
 * Pure and light (the popup uses it): no engine, no zod.
 */

import type { Channel, Resource } from '../../data/schema.ts';
import { type BundledCatalogue, channelHours } from '../catalogue/bundled.ts';
import { formatStatus, type HoursLocale } from '../hours/format.ts';
import { hoursStatus } from '../hours/status.ts';
import { telHref } from './phone.ts';

export type PrimaryChannel =
  | { type: 'phone'; index: number; number: string; href: string }
  | { type: 'chat' | 'web'; index: number; url: string };

/** A known phone number, else a known chat address, else the web page; null when none is known. */
export function primaryChannel(resource: Pick<Resource, 'channels'>): PrimaryChannel | null {
  const channels = resource.channels;
  const phone = channels.findIndex((c) => c.type === 'phone' && c.number !== 'unknown');
  const at = channels[phone];
  if (at?.type === 'phone' && at.number !== 'unknown') {
    const href = telHref(at.number);
    if (href !== null) return { type: 'phone', index: phone, number: at.number, href };
  }
  for (const type of ['chat', 'web'] as const) {
    const index = channels.findIndex((c) => c.type === type && c.url !== 'unknown');
    const c: Channel | undefined = channels[index];
    if ((c?.type === 'chat' || c?.type === 'web') && c.url !== 'unknown') return { type, index, url: c.url };
  }
  return null;
}

export type GlanceState = 'open' | 'closed' | 'unknown';

export interface GlanceStatus {
  state: GlanceState;
  /** "Öppet nu · stänger 16:00", "Stängt · öppnar i morgon 09:00", "Öppettider okända" */
  text: string;
}

const UNKNOWN_TEXT: Record<HoursLocale, string> = { sv: 'Öppettider okända', en: 'Opening hours unknown' };

/**
 * The live status of a channel. Unknown hours, a day the engine could not read and a time past
 * the compiled horizon all read "Öppettider okända": never closed. A web page has no hours: null.
 */
export function channelStatus(
  resource: Pick<Resource, 'id' | 'channels'>,
  index: number,
  catalogue: Pick<BundledCatalogue, 'hours'>,
  now: Date,
  locale: HoursLocale,
): GlanceStatus | null {
  const channel = resource.channels[index];
  if (channel === undefined || !('hours' in channel)) return null;
  const status = hoursStatus(channelHours(catalogue, resource.id, index), now);
  if (status.state === 'unknown') return { state: 'unknown', text: UNKNOWN_TEXT[locale] };
  const open = status.state === 'open' || status.state === 'always';
  return { state: open ? 'open' : 'closed', text: formatStatus(status, now, locale) };
}

/** The primary channel's status, for ordering and for "when does it open". */
export function primaryStatus(
  resource: Pick<Resource, 'id' | 'channels'>,
  catalogue: Pick<BundledCatalogue, 'hours'>,
  now: Date,
  locale: HoursLocale = 'sv',
): GlanceStatus | null {
  const primary = primaryChannel(resource);
  return primary === null ? null : channelStatus(resource, primary.index, catalogue, now, locale);
}

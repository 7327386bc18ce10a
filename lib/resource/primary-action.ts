/**
 * What Enter does on a result, and which link the QR code carries. A clinician in a call wants
 * the number; a patient at the desk wants the chat or web address.
 */
import type { Resource } from '../../data/schema.ts';
import { telHref } from './phone.ts';

/**
 * `offer`: no number and no chat, only a web page. Enter then says there is no known number and
 * offers the page: a new tab is not what a clinician in a call pressed Enter for.
 */
export type PrimaryAction =
  | { kind: 'copy'; text: string }
  | { kind: 'open'; url: string }
  | { kind: 'offer'; url: string };

type Channels = Pick<Resource, 'channels'>;

function knownUrl(resource: Channels, type: 'chat' | 'web'): string | null {
  for (const c of resource.channels) {
    if (c.type === type && c.url !== 'unknown') return c.url;
  }
  return null;
}

function knownPhone(resource: Channels): string | null {
  for (const c of resource.channels) {
    if (c.type === 'phone' && c.number !== 'unknown') return c.number;
  }
  return null;
}

/** Copy the phone number; without one, open the chat; without that, offer the web site; else nothing. */
export function primaryAction(resource: Channels): PrimaryAction | null {
  const phone = knownPhone(resource);
  if (phone !== null) return { kind: 'copy', text: phone };
  const chat = knownUrl(resource, 'chat');
  if (chat !== null) return { kind: 'open', url: chat };
  const web = knownUrl(resource, 'web');
  return web === null ? null : { kind: 'offer', url: web };
}

/** The link a patient can scan: chat, then web, then the phone number as tel:. */
export function qrTarget(resource: Channels): string | null {
  const url = knownUrl(resource, 'chat') ?? knownUrl(resource, 'web');
  if (url !== null) return url;
  const phone = knownPhone(resource);
  return phone === null ? null : telHref(phone);
}

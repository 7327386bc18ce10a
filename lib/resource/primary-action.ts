/**
 * What Enter does on a result, and which link the QR code carries. A clinician in a call wants
 * the number; a patient at the desk wants the chat or web address.
 */
import type { Resource } from '../../data/schema.ts';
import { telHref } from './phone.ts';

export type PrimaryAction = { kind: 'copy'; text: string } | { kind: 'open'; url: string };

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

/** Copy the phone number; without one, open the chat; without that, the web site; else nothing. */
export function primaryAction(resource: Channels): PrimaryAction | null {
  const phone = knownPhone(resource);
  if (phone !== null) return { kind: 'copy', text: phone };
  const url = knownUrl(resource, 'chat') ?? knownUrl(resource, 'web');
  return url === null ? null : { kind: 'open', url };
}

/** The link a patient can scan: chat, then web, then the phone number as tel:. */
export function qrTarget(resource: Channels): string | null {
  const url = knownUrl(resource, 'chat') ?? knownUrl(resource, 'web');
  if (url !== null) return url;
  const phone = knownPhone(resource);
  return phone === null ? null : telHref(phone);
}

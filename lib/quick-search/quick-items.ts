/**
 * What the in-page overlay and the address bar show of a resource: just enough to pick it and
 * act on it. The background builds these, so the page never holds the catalogue.
 */
import type { Resource } from '../../data/schema.ts';
import { DEFAULT_JOURNAL_TEMPLATE, journalLine } from '../resource/journal-line.ts';
import type { OmniboxResource } from './omnibox.ts';

export interface QuickItem extends OmniboxResource {
  purpose: string;
  /** The documentation line Enter inserts */
  journal: string;
  /** Chat address when known, otherwise the web site; null when neither is known */
  url: string | null;
}

type Source = Pick<Resource, 'id' | 'name' | 'organisation' | 'purpose' | 'channels'>;

export function firstPhone(resource: Pick<Resource, 'channels'>): string | null {
  for (const c of resource.channels) if (c.type === 'phone' && c.number !== 'unknown') return c.number;
  return null;
}

export function firstUrl(resource: Pick<Resource, 'channels'>): string | null {
  for (const type of ['chat', 'web'] as const)
    for (const c of resource.channels) if (c.type === type && c.url !== 'unknown') return c.url;
  return null;
}

export function quickItem(
  resource: Source,
  now: Date,
  template: string = DEFAULT_JOURNAL_TEMPLATE,
): QuickItem {
  return {
    id: resource.id,
    name: resource.name,
    organisation: resource.organisation,
    purpose: resource.purpose,
    phone: firstPhone(resource),
    url: firstUrl(resource),
    journal: journalLine(resource, template, now),
  };
}

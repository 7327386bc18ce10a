/**
 * The address-bar keyword ("hv"): suggestions from search hits, and the chosen text back to a
 * resource or a query. Chrome reads the description as XML (with <match>, <dim> and <url>), so
 * every text we put in it is escaped; Firefox shows the description as plain text.
 */
import type { SearchHit } from '../search/types.ts';

export interface OmniboxResource {
  id: string;
  name: string;
  organisation: string;
  /** The first known phone number as written in the catalogue, or null */
  phone: string | null;
}

export interface OmniboxSuggestion {
  content: string;
  description: string;
}

export interface SuggestOptions {
  /** Chrome: XML markup; Firefox: plain text */
  markup: boolean;
  /** Chrome shows at most this many; more only cost time */
  limit?: number;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** Control characters break Chrome's XML parser even when escaped. */
function clean(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/** What the address bar shows while a suggestion is highlighted, and what comes back on Enter. */
export function suggestionContent(resource: Pick<OmniboxResource, 'id' | 'name'>): string {
  return `${clean(resource.name)} [${resource.id}]`;
}

export function describe(resource: OmniboxResource, markup: boolean): string {
  const rest = [resource.organisation, resource.phone ?? '']
    .map(clean)
    .filter((s) => s !== '' && s !== clean(resource.name));
  const name = clean(resource.name);
  if (!markup) return [name, ...rest].join(' · ');
  const tail = rest.length ? `<dim> · ${rest.map(escapeXml).join(' · ')}</dim>` : '';
  return `<match>${escapeXml(name)}</match>${tail}`;
}

export function buildSuggestions(
  hits: readonly SearchHit[],
  lookup: (id: string) => OmniboxResource | undefined,
  { markup, limit = 6 }: SuggestOptions,
): OmniboxSuggestion[] {
  const out: OmniboxSuggestion[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    if (out.length >= limit) break;
    const resource = lookup(hit.id);
    if (!resource || seen.has(resource.id)) continue;
    seen.add(resource.id);
    out.push({ content: suggestionContent(resource), description: describe(resource, markup) });
  }
  return out;
}

export type OmniboxChoice = { kind: 'resource'; id: string } | { kind: 'query'; query: string } | null;

/**
 * Enter in the address bar gives either a suggestion's content or what the user typed.
 * Only ids the catalogue knows count as a resource; anything else is searched for.
 */
export function parseOmniboxInput(text: string, isKnownId: (id: string) => boolean): OmniboxChoice {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const tagged = /\[([a-z0-9][a-z0-9-]*)\]$/.exec(trimmed);
  if (tagged?.[1] && isKnownId(tagged[1])) return { kind: 'resource', id: tagged[1] };
  if (isKnownId(trimmed)) return { kind: 'resource', id: trimmed };
  return { kind: 'query', query: trimmed.slice(0, 200) };
}

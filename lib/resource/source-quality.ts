/**
 * How sure a fact is, from the source it points to: a secondary source (news, blog, partner site,
 * copy) or one dated more than three years ago is worth a check before referring. Pure and light:
 * the card and `catalogue review` share it.
 */
import type { Resource, Source } from '../../data/schema.ts';
import { sourceOf } from '../catalogue/facts.ts';
import { swedishDate } from './journal-line.ts';

export const OLD_SOURCE_YEARS = 3;

export interface FactQuality {
  url: string;
  secondary: boolean;
  old: boolean;
  /** The source's date as written ("2014", "2024-04-16"), when it has one */
  date?: string;
  /** The date is inferred from the page's text, not printed on it */
  inferred: boolean;
}

/** The last day a partial ISO date can mean: "2014" → "2014-12-31", "2012-12" → "2012-12-31". */
function latestDay(date: string): string {
  return date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-31` : date;
}

/** True when the source is surely more than three years old (a bare year counts from its end). */
export function isOldSource(date: string | undefined, now: Date): boolean {
  if (date === undefined) return false;
  const today = swedishDate(now);
  const limit = `${Number(today.slice(0, 4)) - OLD_SOURCE_YEARS}${today.slice(4)}`;
  return latestDay(date) < limit;
}

export function sourceQuality(source: Source, now: Date): FactQuality {
  return {
    url: source.url,
    secondary: source.kind === 'secondary',
    old: isOldSource(source.date, now),
    ...(source.date === undefined ? {} : { date: source.date }),
    inferred: source.dateInferred === true,
  };
}

/** The quality of the source a fact names, or null when it is neither secondary nor old. */
export function factQuality(
  resource: Pick<Resource, 'sources'>,
  url: string | undefined,
  now: Date,
): FactQuality | null {
  const source = sourceOf(resource, url);
  if (!source) return null;
  const quality = sourceQuality(source, now);
  return quality.secondary || quality.old ? quality : null;
}

/** Weak sources among several facts, each source once, in the order the facts name them. */
export function weakSources(
  resource: Pick<Resource, 'sources'>,
  urls: readonly (string | undefined)[],
  now: Date,
): FactQuality[] {
  const out: FactQuality[] = [];
  for (const url of urls) {
    const quality = factQuality(resource, url, now);
    if (quality && !out.some((q) => q.url === quality.url)) out.push(quality);
  }
  return out;
}

/** True when every source is classified and secondary: then so is every fact on the card. */
export function onlySecondary(resource: Pick<Resource, 'sources'>): boolean {
  return resource.sources.length > 0 && resource.sources.every((s) => s.kind === 'secondary');
}

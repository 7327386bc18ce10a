/**
 * The suggestions for a page, as both the side panel and the toolbar badge compute them: the
 * user's or administrator's home region (Halland when none is set) and "open now" from the
 * bundled hours, so the badge counts exactly the list the panel shows.
 */
import type { BundledCatalogue } from '../catalogue/bundled.ts';
import { channelHours } from '../catalogue/bundled.ts';
import { isOpenNow } from '../filters.ts';
import { hoursStatus } from '../hours/status.ts';
import type { ThemeHit } from '../matcher/types.ts';
import { type AgeGroup, type RankOptions, rankSuggestions, type Suggestion } from './index.ts';

/** Region Halland's county code: the product is made for it. */
export const DEFAULT_HOME_REGION = '13';

export type PageCatalogue = Pick<BundledCatalogue, 'resources' | 'vocabulary' | 'hours'>;

export interface PageRankInput {
  age?: number | null;
  ageGroup?: AgeGroup | null;
  homeRegion?: string | null;
  now: Date;
  limit: number;
}

/** Open, closed, or 'unknown' when no channel has known hours (web pages, unknown hours). */
export function openState(
  resource: BundledCatalogue['resources'][number],
  catalogue: Pick<BundledCatalogue, 'hours'>,
  now: Date,
): boolean | 'unknown' {
  if (isOpenNow(resource, catalogue, now)) return true;
  const closed = resource.channels.some(
    (channel, i) =>
      'hours' in channel && hoursStatus(channelHours(catalogue, resource.id, i), now).state === 'closed',
  );
  return closed ? false : 'unknown';
}

export function rankForPage(
  hits: readonly ThemeHit[],
  catalogue: PageCatalogue,
  input: PageRankInput,
): Suggestion[] {
  const byId = new Map(catalogue.resources.map((r) => [r.id, r]));
  const opts: RankOptions = {
    homeRegion: input.homeRegion ?? DEFAULT_HOME_REGION,
    isOpen: (id) => {
      const resource = byId.get(id);
      return resource ? openState(resource, catalogue, input.now) : 'unknown';
    },
    limit: input.limit,
  };
  // A chosen age group wins over the age read from the page.
  if (input.ageGroup != null) opts.ageGroup = input.ageGroup;
  else if (input.age != null) opts.age = input.age;
  return rankSuggestions(hits, catalogue.resources, catalogue.vocabulary, opts);
}

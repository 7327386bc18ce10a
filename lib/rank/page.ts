/**
 * The suggestions for a page, as both the side panel and the toolbar badge compute them: the
 * user's or administrator's home region (Halland when none is set), "open now" from the bundled
 * hours and the bundled prior (prior.ts), so the badge counts exactly the list the panel shows.
 */
import type { BundledCatalogue } from '../catalogue/bundled.ts';
import { channelHours } from '../catalogue/bundled.ts';
import { hoursStatus } from '../hours/status.ts';
import { runToEnd, type Sliced } from '../ingest/slices.ts';
import { homeRegionOrDefault } from '../policy/home-region.ts';
import { isOpenNow } from '../results/filters.ts';
import { candidatesFor, lookupSteps } from './candidates.ts';
import {
  type AgeGroup,
  NO_PATIENT,
  type PageFindings,
  type RankOptions,
  rankSteps,
  type Suggestion,
} from './index.ts';
import { RANK_PRIOR } from './ranking-prior.ts';

export { DEFAULT_HOME_REGION } from '../policy/home-region.ts';

export type PageCatalogue = Pick<BundledCatalogue, 'resources' | 'vocabulary' | 'hours'>;

export interface PageRankInput {
  /** An age from a personnummer (opt-in): wins over the age the note gives. */
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

/** Whether a page gave anything to suggest from: patient values alone suggest nothing. */
export function hasFindings(findings: PageFindings): boolean {
  return findings.hits.length > 0 || (findings.named?.length ?? 0) > 0;
}

export function rankForPage(
  findings: PageFindings,
  catalogue: PageCatalogue,
  input: PageRankInput,
): Suggestion[] {
  return runToEnd(rankForPageSteps(findings, catalogue, input));
}

/** rankForPage as a task that pauses (a national catalogue has thousands of candidates). */
export function* rankForPageSteps(
  findings: PageFindings,
  catalogue: PageCatalogue,
  input: PageRankInput,
): Sliced<Suggestion[]> {
  const { byId } = yield* lookupSteps(catalogue.resources);
  const opts: RankOptions = {
    homeRegion: homeRegionOrDefault(input.homeRegion),
    isOpen: (id) => {
      const resource = byId.get(id);
      return resource ? openState(resource, catalogue, input.now) : 'unknown';
    },
    limit: input.limit,
    prior: RANK_PRIOR,
  };
  // A chosen age group wins over any age read from the page, the note's ones included.
  let page = findings;
  if (input.ageGroup != null) {
    opts.ageGroup = input.ageGroup;
    page = { ...findings, patient: { ...(findings.patient ?? NO_PATIENT), age: null, otherAge: null } };
  } else if (input.age != null) opts.age = input.age;
  // Only what can score: the same suggestions as over the whole list (candidates.ts).
  return yield* rankSteps(page, candidatesFor(page, catalogue.resources), catalogue.vocabulary, opts);
}

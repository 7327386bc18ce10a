/** How many suggestions a tab's hits give: the number on the toolbar badge. */
import type { BundledCatalogue } from '../../lib/catalogue/bundle.ts';
import type { ThemeHit } from '../../lib/matcher/types.ts';
import { rankSuggestions } from '../../lib/rank/index.ts';

/** The side panel shows this many suggestions at most; the badge counts the same list. */
export const SUGGESTION_LIMIT = 5;

export function countSuggestions(
  hits: ThemeHit[],
  catalogue: Pick<BundledCatalogue, 'resources' | 'vocabulary'>,
  age: number | null,
): number {
  const ranked = rankSuggestions(hits, catalogue.resources, catalogue.vocabulary, {
    ...(age === null ? {} : { age }),
    limit: SUGGESTION_LIMIT,
  });
  return ranked.filter((s) => !s.negatedOnly).length;
}

/** How many suggestions a tab's findings give: the number on the toolbar badge. */
import type { PageFindings } from '../../lib/rank/index.ts';
import { type PageCatalogue, rankForPage } from '../../lib/rank/page.ts';

/** The side panel shows this many suggestions at most; the badge counts the same list. */
export const SUGGESTION_LIMIT = 5;

export function countSuggestions(
  findings: PageFindings,
  catalogue: PageCatalogue,
  age: number | null,
  homeRegion: string | null,
  now: Date,
): number {
  const ranked = rankForPage(findings, catalogue, { age, homeRegion, now, limit: SUGGESTION_LIMIT });
  return ranked.filter((s) => !s.negatedOnly).length;
}

/** How many suggestions a tab's findings give: the number on the toolbar badge. */
import { runSliced } from '../../lib/ingest/slices.ts';
import { actionableCount } from '../../lib/rank/groups.ts';
import type { PageFindings } from '../../lib/rank/index.ts';
import type { PageCatalogue } from '../../lib/rank/page.ts';
import { panelSuggestionsSteps } from '../../lib/rank/panel.ts';

/**
 * The contacts the side panel shows in its open groups (Akut, Kontakta, Råd till personal), ranked
 * in pieces: over a national catalogue one pass was 100–300 ms of the service worker's time.
 */
export async function countSuggestions(
  findings: PageFindings,
  catalogue: PageCatalogue,
  age: number | null,
  homeRegion: string | null,
  now: Date,
): Promise<number> {
  const view = await runSliced(panelSuggestionsSteps(findings, catalogue, { age, homeRegion, now }));
  return actionableCount(view.groups);
}

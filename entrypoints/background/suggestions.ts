/** How many suggestions a tab's findings give: the number on the toolbar badge. */
import { actionableCount } from '../../lib/rank/groups.ts';
import type { PageFindings } from '../../lib/rank/index.ts';
import type { PageCatalogue } from '../../lib/rank/page.ts';
import { panelSuggestions } from '../../lib/rank/panel.ts';

/** The contacts the side panel shows in its open groups (Akut, Kontakta, Råd till personal). */
export function countSuggestions(
  findings: PageFindings,
  catalogue: PageCatalogue,
  age: number | null,
  homeRegion: string | null,
  now: Date,
): number {
  return actionableCount(panelSuggestions(findings, catalogue, { age, homeRegion, now }).groups);
}

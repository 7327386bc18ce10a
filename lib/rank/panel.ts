/**
 * Everything the side panel's "Förslag för den här sidan" shows, computed in one place so the
 * toolbar badge counts the same list: the groups in the order of need, the open alternative to a
 * closed first choice, the duty-to-report guidance when the note is about a child, and guidance for
 * staff on the page's situations.
 */
import type { GuidanceResource } from '../../data/schema.ts';
import { runToEnd, type Sliced } from '../ingest/slices.ts';
import { primaryChannel, primaryStatus } from '../resource/glance.ts';
import { bestOpenAlternative } from './alternatives.ts';
import { lookupSteps } from './candidates.ts';
import { childGuidance, type GroupedSuggestions, groupSuggestions, staffGuidance } from './groups.ts';
import type { PageFindings, Suggestion } from './index.ts';
import { hasFindings, type PageCatalogue, type PageRankInput, rankForPageSteps } from './page.ts';
import { protectionFor } from './protection.ts';

export interface PanelSuggestions {
  groups: GroupedSuggestions;
  /**
   * Why "Akut" is there: the page signals acute danger, or it points at trafficking and the group
   * holds the police (protection.ts); null without the group.
   */
  akutFor: 'danger' | 'trafficking' | null;
  /** Id of a suggestion → the emergency number (112) to show beside it */
  emergency: Map<string, string>;
  /** Id of a closed first choice → id of the best open one for the same need */
  alternatives: Map<string, string>;
  duty: GuidanceResource[];
  /** Guidance for staff on the page's situations, shown below the contacts (staffGuidance). */
  guidance: GuidanceResource[];
}

export const NO_PANEL_SUGGESTIONS: PanelSuggestions = {
  groups: { akut: [], contact: [], staff: [], learn: [] },
  akutFor: null,
  emergency: new Map(),
  alternatives: new Map(),
  duty: [],
  guidance: [],
};

export function panelSuggestions(
  findings: PageFindings | null,
  catalogue: PageCatalogue,
  input: Omit<PageRankInput, 'limit'>,
): PanelSuggestions {
  return runToEnd(panelSuggestionsSteps(findings, catalogue, input));
}

/**
 * panelSuggestions as a task that pauses (lib/ingest/slices.ts): over a national catalogue the
 * side panel's and the badge's ranking was one task of 100–300 ms.
 */
export function* panelSuggestionsSteps(
  findings: PageFindings | null,
  catalogue: PageCatalogue,
  input: Omit<PageRankInput, 'limit'>,
): Sliced<PanelSuggestions> {
  if (findings === null || !hasFindings(findings)) return NO_PANEL_SUGGESTIONS;
  const { byId } = yield* lookupSteps(catalogue.resources);
  const ranked = yield* rankForPageSteps(findings, catalogue, { ...input, limit: Number.POSITIVE_INFINITY });
  const reachable = (id: string) => {
    const r = byId.get(id);
    return r !== undefined && primaryChannel(r) !== null;
  };
  const state = (id: string) => {
    const r = byId.get(id);
    return r === undefined ? null : primaryStatus(r, catalogue, input.now)?.state;
  };
  const protection = protectionFor(findings, ranked, byId, reachable);
  const police = protection?.suggestion.id;
  const groups = groupSuggestions(
    police === undefined ? ranked : ranked.filter((s) => s.id !== police),
    reachable,
  );
  const emergency = new Map<string, string>();
  if (protection) {
    groups.akut = [protection.suggestion];
    if (protection.emergency !== null) emergency.set(protection.suggestion.id, protection.emergency);
  }
  const akutFor = protection ? 'trafficking' : groups.akut.length > 0 ? 'danger' : null;
  const alternatives = new Map<string, string>();
  for (const first of [groups.contact[0], groups.staff[0]]) {
    if (first === undefined || first.negatedOnly || state(first.id) !== 'closed') continue;
    const alt = bestOpenAlternative(first, ranked, byId, findings, (id) => state(id) === 'open');
    if (alt !== null) alternatives.set(first.id, alt.id);
  }
  const duty = childGuidance(findings, catalogue.resources, input);
  const guidance = staffGuidance(findings, catalogue.resources);
  return { groups, akutFor, emergency, alternatives, duty, guidance };
}

/** All the suggestions the panel shows, in its order (for tests and the badge). */
export function shownInOrder(view: PanelSuggestions): Suggestion[] {
  const { akut, contact, staff, learn } = view.groups;
  return [...akut, ...contact, ...staff, ...learn];
}

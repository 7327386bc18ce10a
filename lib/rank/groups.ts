/**
 * The ranked suggestions as the side panel shows them: in groups in the order of need ("Akut",
 * "Kontakta", "Råd till dig som personal", "Fördjupning"), a few per group, and within a group
 * the ones that can be reached (a known number, chat or web page) before those that cannot, so a
 * staff-only contact with no known number is never the first thing offered. The ranking itself
 * (lib/rank/index.ts) is not changed: this only cuts and orders its list.
 */
import type { Resource } from '../../data/schema.ts';
import type { ThemeId } from '../../data/themes.ts';
import { isPositive, type PageFindings, type Suggestion, type SuggestionGroup } from './index.ts';

export const GROUP_ORDER: readonly SuggestionGroup[] = ['akut', 'contact', 'staff', 'learn'];

/** How many of each group the panel shows; "Fördjupning" is closed by default. */
export const GROUP_LIMITS: Readonly<Record<SuggestionGroup, number>> = {
  akut: 3,
  contact: 3,
  staff: 2,
  learn: 3,
};

export type GroupedSuggestions = Record<SuggestionGroup, Suggestion[]>;

/**
 * Cuts the ranked list into groups, keeping the ranking's order except that suggestions the
 * user can act on (`reachable`) come before those they cannot, and negated-only ones last.
 */
export function groupSuggestions(
  ranked: readonly Suggestion[],
  reachable: (id: string) => boolean,
): GroupedSuggestions {
  const out: GroupedSuggestions = { akut: [], contact: [], staff: [], learn: [] };
  for (const group of GROUP_ORDER) {
    const members = ranked.filter((s) => s.group === group);
    const weight = (s: Suggestion) => (s.negatedOnly ? 2 : group !== 'learn' && !reachable(s.id) ? 1 : 0);
    // Array.prototype.sort is stable: equal weights keep the ranking's order.
    out[group] = members.sort((a, b) => weight(a) - weight(b)).slice(0, GROUP_LIMITS[group]);
  }
  return out;
}

/** The number on the toolbar badge: the contacts the panel shows open, not the reading list. */
export function actionableCount(groups: GroupedSuggestions): number {
  return [...groups.akut, ...groups.contact, ...groups.staff].filter((s) => !s.negatedOnly).length;
}

/** The age and age group the panel ranks with, to tell whether the note is about a child. */
export interface ChildInput {
  ageGroup?: 'under15' | '15-17' | '18-25' | 'over25' | null;
  /** An age the user or the personnummer reader gave: wins over the note's. */
  age?: number | null;
}

/**
 * True when the person the note is about is under 18: the chosen age group, else an age from the
 * personnummer, else the note's own (the other person's when every finding is about them).
 */
export function concernsChild(findings: PageFindings, input: ChildInput): boolean {
  if (input.ageGroup != null) return input.ageGroup === 'under15' || input.ageGroup === '15-17';
  if (input.age != null) return input.age < 18;
  const patient = findings.patient;
  if (patient === undefined) return false;
  const positive = findings.hits.filter(isPositive);
  const aboutOther = positive.length > 0 && positive.every((h) => h.other >= h.count - h.negated - h.denied);
  const age = aboutOther ? (patient.otherAge ?? patient.age) : patient.age;
  return age !== null && age < 18;
}

/**
 * Guidance entries written for children (an age limit under 18 in their data) whose situations
 * the page affirms or suspects, when the note is about a child: the duty to report.
 */
export function childGuidance(
  findings: PageFindings,
  resources: readonly Resource[],
  input: ChildInput,
): Extract<Resource, { kind: 'guidance' }>[] {
  if (!concernsChild(findings, input)) return [];
  const positive = new Set<ThemeId>(findings.hits.filter(isPositive).map((h) => h.theme));
  return resources.filter(
    (r): r is Extract<Resource, { kind: 'guidance' }> =>
      r.kind === 'guidance' &&
      typeof r.eligibility.age === 'object' &&
      r.eligibility.age.max !== null &&
      r.eligibility.age.max < 18 &&
      r.situations.some((s) => positive.has(s)),
  );
}

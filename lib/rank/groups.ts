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

type Guidance = Extract<Resource, { kind: 'guidance' }>;

/** Guidance written for children: an age limit under 18 in its data. */
const forChildren = (r: Guidance) =>
  typeof r.eligibility.age === 'object' && r.eligibility.age.max !== null && r.eligibility.age.max < 18;

/**
 * The situations the page affirms or suspects as a need, strongest first (more affirmed mentions
 * first): only asked about or information given ("informerat om att hon kan höra av sig") is none.
 */
function needThemes(findings: PageFindings): ThemeId[] {
  return findings.hits
    .filter((h) => isPositive(h) && h.count - h.negated - h.denied > h.hypothetical)
    .map((h) => ({ theme: h.theme, affirmed: h.count - h.negated - h.denied - h.uncertain - h.hypothetical }))
    .sort((a, b) => b.affirmed - a.affirmed)
    .map((h) => h.theme);
}

/** Violence that children living with it suffer too (a crime against the child since 2021, barnfrid). */
const HOME_VIOLENCE: readonly ThemeId[] = ['vald-nara-relation', 'hedersrelaterat', 'sexuellt-vald'];
/** From this age a patient's children are most often grown up ("barnen hälsar på"). */
const GROWN_CHILDREN_AGE = 60;

/**
 * Guidance entries written for children (an age limit under 18 in their data) for a need the page
 * names, when the note is about a child, or tells of violence in a home with children ("slagen av
 * maken, treåringen var hemma"): the duty to report.
 */
export function childGuidance(
  findings: PageFindings,
  resources: readonly Resource[],
  input: ChildInput,
): Guidance[] {
  const positive = new Set<ThemeId>(needThemes(findings));
  const patient = findings.patient;
  // Own sexual impulses beside a child in the patient's life ("barnbarnen sover över"), at any age.
  const childrenAtHome =
    patient?.children === true &&
    (positive.has('egen-sexualitet') ||
      ((patient.age === null || patient.age < GROWN_CHILDREN_AGE) &&
        HOME_VIOLENCE.some((t) => positive.has(t))));
  const serves = (r: Resource): r is Guidance =>
    r.kind === 'guidance' && forChildren(r) && r.situations.some((s) => positive.has(s));
  // A child's exploitation is a child's, whoever the note is about ("Pt 37 … dragen till barn").
  if (!positive.has('barn-sexuell-exploatering') && !childrenAtHome && !concernsChild(findings, input))
    // The page names the duty itself ("gör orosanmälan", a routine on "anmälningsskyldighet om ett
    // barn far illa"): shown as a named resource is, beside a need or on a page about children
    // ("hanterar orosanmälningar" in a social worker's own note is neither).
    return resources.filter(
      (r): r is Guidance =>
        r.kind === 'guidance' &&
        forChildren(r) &&
        isNamed(findings, r.id) &&
        (serves(r) || patient?.children === true),
    );
  return resources.filter(serves);
}

/** Whether the page names a resource and not only to rule it out. */
const isNamed = (findings: PageFindings, id: string) =>
  (findings.named ?? []).some((n) => n.id === id && n.count > n.negated);

/** How many guidance notes for staff the panel shows below the contacts. */
export const STAFF_GUIDANCE_LIMIT = 2;

/**
 * Guidance for staff on the needs the page names ("Fråga om våld", "Vad du gör
 * när du misstänker människohandel"), for the strongest situation first, at most
 * STAFF_GUIDANCE_LIMIT: what to do and whom to consult, beside the contacts. Guidance written for
 * children is the duty to report (childGuidance), not repeated here.
 */
export function staffGuidance(findings: PageFindings, resources: readonly Resource[]): Guidance[] {
  const guidance = resources.filter((r): r is Guidance => r.kind === 'guidance' && !forChildren(r));
  const out: Guidance[] = [];
  for (const theme of needThemes(findings)) {
    for (const g of guidance)
      if (g.situations.includes(theme) && !out.includes(g) && out.length < STAFF_GUIDANCE_LIMIT) out.push(g);
  }
  return out;
}

/** Every guidance note the panel shows for a page, the duty to report first (for tools and tests). */
export function guidanceShown(
  findings: PageFindings,
  resources: readonly Resource[],
  input: ChildInput = {},
): Guidance[] {
  return [...childGuidance(findings, resources, input), ...staffGuidance(findings, resources)];
}

/**
 * Ranking of suggestions from what each resource says it serves (data/schema.ts `serves`).
 *
 * Order: acute danger puts the resources that serve it on top, the emergency line first with the
 * police's own line beside it in its row (akut-row.ts); then
 * resources the page names; then contacts (for the patient, relatives and staff advice) by score;
 * then trainings, reports and information pages ("Fördjupning"); resources only mentioned as
 * negated come last. score = fit × eligibility × region × open × learned, where fit adds
 * serves[situation] × strength over the situations found, the best-served one whole and each
 * further one by half; strength grows slowly with mentions, is lower for what is only suspected,
 * hypothetical or about someone else, and small for what was only negated; learned is what
 * clinicians chose in similar cases (prior.ts, when the caller gives a prior). Within the contacts,
 * different needs and kinds of help come before a second one of the same (order.ts, variety.ts).
 * Pure: the caller supplies `isOpen`.
 */
import type { Resource } from '../../data/schema.ts';
import type { ThemeId } from '../../data/themes.ts';
import type { Theme } from '../../data/vocabulary-schema.ts';
import { runToEnd, type Sliced } from '../ingest/slices.ts';
import type { NamedHit, ThemeHit } from '../matcher/types.ts';
import { foldAkut } from './akut-row.ts';
import { eligibility, excludedByAge } from './eligibility.ts';
import { needsOf, varyContacts } from './order.ts';
import { NO_PATIENT, type PagePatient } from './patient.ts';
import { type PriorHit, priorFactors, priorFeatures, type RankPrior } from './prior.ts';
import { isPositive, strengthOf } from './strength.ts';
import { newSeen } from './variety.ts';

export type AgeGroup = 'under15' | '15-17' | '18-25' | 'over25';
export { excludedByAge } from './eligibility.ts';
export { NO_PATIENT, type PagePatient, summarizePatient } from './patient.ts';
export { isPositive } from './strength.ts';

export interface RankOptions {
  ageGroup?: AgeGroup;
  /** An age the user or the personnummer reader gave: wins over the one read from the note. */
  age?: number;
  homeRegion?: string;
  isOpen?: (id: string) => boolean | 'unknown';
  limit?: number;
  /** What clinicians chose in cases like this (prior.ts): lifts or lowers a contact within its group. */
  prior?: RankPrior;
}

export interface PageFindings {
  hits: readonly ThemeHit[];
  named?: readonly NamedHit[];
  patient?: PagePatient;
}

export type SuggestionGroup = 'akut' | 'contact' | 'staff' | 'learn';

export interface ScoreParts {
  fit: number;
  named: boolean;
  eligibility: number;
  region: number;
  open: number;
  /** Set below 1 when contacts of the same kind of help stand above it (variety.ts). */
  variety?: number;
  /** What clinicians chose in cases like this (prior.ts), when it is not 1. */
  learned?: number;
}

export interface Suggestion {
  id: string;
  kind: Resource['kind'];
  group: SuggestionGroup;
  score: number;
  parts: ScoreParts;
  reasons: string[];
  negatedOnly: boolean;
  /** Suggestions shown within this one's row: the police beside 112 on acute danger (akut-row.ts). */
  beside?: string[];
}

/** Situations that, for a child, are exploitation of a child: the child resources serve them. */
const CHILD_EXPLOITATION: readonly ThemeId[] = [
  'sex-mot-ersattning',
  'manniskohandel',
  'sexuellt-vald',
  'vald-nara-relation',
  'hedersrelaterat',
];
/** What an adult's service keeps of a child's exploitation or violence. */
const CHILD_SHARE = 0.5;
/** What each situation after a resource's best-served one adds to its fit. */
const FURTHER_SHARE = 0.5;
const REGION = { home: 1.3, national: 1, unknown: 0.9, other: 0.5 } as const;
const OPEN = { open: 1.15, unknown: 1, closed: 0.8 } as const;
const LEARN_KINDS = new Set<Resource['kind']>(['training', 'report', 'information', 'material']);
const TIER: Record<SuggestionGroup | 'named', number> = { akut: 0, named: 1, contact: 2, staff: 2, learn: 3 };

function regionFactor(resource: Resource, home: string | undefined): [number, string | null] {
  if (home === undefined) return [1, null];
  const c = resource.coverage;
  if (c === 'unknown') return [REGION.unknown, null];
  if (c.scope === 'national') return [REGION.national, 'nationell'];
  return c.regions.includes(home) ? [REGION.home, 'finns i din region'] : [REGION.other, 'annan region'];
}

function openFactor(id: string, isOpen: RankOptions['isOpen']): [number, string | null] {
  const open = isOpen ? isOpen(id) : 'unknown';
  if (open === true) return [OPEN.open, 'öppet nu'];
  if (open === false) return [OPEN.closed, 'stängt just nu'];
  return [OPEN.unknown, null];
}

/** Serving acute danger this well puts a resource in "Akut" when the page signals it (112, the police). */
export const ACUTE_FIT = 0.9;
/**
 * Who a person is, not what they need: alone it suggests nothing unless the paragraph also says
 * the person needs support (ThemeHit.need: "mår dåligt", "får höra hot"); beside a need it lifts the fit.
 */
const ATTRIBUTES = new Set<ThemeId>(['hbtqi']);
/** Situations about children, much weaker when the person concerned is an adult. */
const CHILD_THEMES = new Set<ThemeId>(['barn-sexuell-exploatering']);

/** A resource whose main situation is a child's. */
function forChildren(resource: Resource): boolean {
  const served = Object.entries(resource.serves) as [ThemeId, number][];
  const [main] = served.sort((a, b) => b[1] - a[1])[0] ?? [];
  return main !== undefined && CHILD_THEMES.has(main);
}

/** A service whose verified age limit ends before 18 (Bris, Barnahus). */
function forChildrenOnly(resource: Resource): boolean {
  const a = resource.eligibility.age;
  return a !== 'unknown' && a !== 'none' && a.max !== null && a.max < 18;
}

function groupOf(resource: Resource, acute: boolean): SuggestionGroup {
  if (acute && (resource.serves['akut-fara'] ?? 0) >= ACUTE_FIT) return 'akut';
  if (LEARN_KINDS.has(resource.kind)) return 'learn';
  return resource.audience.every((a) => a === 'staff') ? 'staff' : 'contact';
}

/** The age ranking should use: the user's choice, else the person the note is about. */
function concernedAge(findings: PageFindings, patient: PagePatient, opts: RankOptions): number | null {
  if (opts.age !== undefined) return opts.age;
  const positive = findings.hits.filter(isPositive);
  const aboutOther = positive.length > 0 && positive.every((h) => h.other >= h.count - h.negated - h.denied);
  if (aboutOther) return patient.otherAge ?? patient.age;
  // Only someone else's age is given and the note tells of them ("Pappa till 13-årig dotter …
  // dottern fått presentkort … mot bilder"): theirs is the age that counts.
  return patient.age ?? (positive.some((h) => h.other > 0) ? patient.otherAge : null);
}

/** What the ranking reads of a page before it looks at any resource. */
function readPage(page: PageFindings, opts: RankOptions) {
  const patient = page.patient ?? NO_PATIENT;
  // The patient is a child and no one else's age is given: "dottern", "sonen" in the note are the
  // patient, as a parent tells it ("13-årig flicka … enl. mamma … dottern är naken").
  const childPatient = patient.age !== null && patient.age < 18 && patient.otherAge === null;
  const findings = childPatient ? { ...page, hits: page.hits.map((h) => ({ ...h, other: 0 })) } : page;
  // A chosen age group wins over any age from the page.
  const age = opts.ageGroup !== undefined ? null : concernedAge(findings, patient, opts);
  const positiveHits = findings.hits.filter(isPositive);
  const aboutOther = positiveHits.length > 0 && positiveHits.every((h) => h.other > 0);
  return { patient, findings, age, positiveHits, aboutOther };
}

/** What the ranking's prior (prior.ts) reads of a page: its situations and the person concerned. */
export function rankFeatures(page: PageFindings, opts: RankOptions = {}): string[] {
  const { patient, age, positiveHits, aboutOther } = readPage(page, opts);
  const hits: PriorHit[] = positiveHits.map((h) => ({
    theme: h.theme,
    other: h.other >= h.count - h.negated - h.denied,
    uncertain: h.count - h.negated - h.denied - h.uncertain - h.hypothetical <= 0 && h.uncertain > 0,
  }));
  const gender = aboutOther ? (patient.otherGender ?? patient.gender) : patient.gender;
  return priorFeatures(hits, age ?? opts.ageGroup ?? null, gender);
}

/** Resources scored between two pauses of rankSteps (each asks whether it is open now). */
const EVERY = 50;

export function rankSuggestions(
  page: PageFindings,
  resources: readonly Resource[],
  themes: readonly Theme[],
  opts: RankOptions = {},
): Suggestion[] {
  return runToEnd(rankSteps(page, resources, themes, opts));
}

/** rankSuggestions as a task that pauses every few dozen resources (lib/ingest/slices.ts). */
export function* rankSteps(
  page: PageFindings,
  resources: readonly Resource[],
  themes: readonly Theme[],
  opts: RankOptions = {},
): Sliced<Suggestion[]> {
  const { patient, findings, age, aboutOther } = readPage(page, opts);
  const labels = new Map<string, string>(themes.map((t) => [t.id, t.label]));
  const hits = new Map(findings.hits.map((h) => [h.theme, h]));
  const named = new Map((findings.named ?? []).filter((n) => n.count > n.negated).map((n) => [n.id, n]));
  // A chosen age group wins over any age from the page; "under 15" and "15–17" are children.
  const isChild = age !== null ? age < 18 : opts.ageGroup === 'under15' || opts.ageGroup === '15-17';
  const isAdult = age !== null ? age >= 18 : opts.ageGroup === '18-25' || opts.ageGroup === 'over25';
  // A child's exploitation only asked about or informed of ("frågar allmänt vad människohandel är")
  // is no need: the child services are not lifted for it.
  const child =
    isChild &&
    CHILD_EXPLOITATION.some((id) => {
      const h = hits.get(id);
      return isPositive(h) && h !== undefined && h.count - h.negated - h.denied > h.hypothetical;
    });
  const acute = (() => {
    const h = hits.get('akut-fara');
    return h !== undefined && h.count - h.negated - h.denied - h.hypothetical > 0;
  })();
  const learned = opts.prior ? priorFactors(opts.prior, rankFeatures(page, opts)) : null;
  const out: Suggestion[] = [];
  let looked = 0;
  for (const resource of resources) {
    if (++looked % EVERY === 0) yield;
    // Guidance is never ranked, named or not: the panel shows it beside the suggestions (groups.ts).
    if (resource.kind === 'guidance') continue;
    const reasons: string[] = [];
    let fit = 0;
    const shares: number[] = [];
    let positive = false;
    let need = false;
    // A service made for children's cases ("ECPAT Vuxenstöd") serves an adult's situation little.
    const childService = isAdult && forChildren(resource);
    for (const [theme, weight] of Object.entries(resource.serves) as [ThemeId, number][]) {
      const hit = hits.get(theme);
      if (!hit || hit.count <= 0 || weight <= 0) continue;
      const s = strengthOf(hit, labels.get(theme) ?? theme, resource);
      const adult = childService || (isAdult && CHILD_THEMES.has(theme));
      // For a child, exploitation and violence are the child's: the child services lead (below).
      const forChild = child && CHILD_EXPLOITATION.includes(theme) ? CHILD_SHARE : 1;
      shares.push(weight * s.value * (adult ? 0.3 : 1) * forChild);
      positive ||= s.positive;
      // A hypothetical mention alone (asked about, information given) is no need of its own.
      need ||=
        s.positive &&
        (!ATTRIBUTES.has(theme) || (hit.need ?? 0) > 0) &&
        hit.count - hit.negated - hit.denied > hit.hypothetical;
      reasons.push(s.reason);
    }
    const childWeight = resource.serves['barn-sexuell-exploatering'] ?? 0;
    if (child && childWeight > 0 && !hits.has('barn-sexuell-exploatering')) {
      shares.push(childWeight * 0.8);
      positive = true;
      need = true;
      reasons.push('under 18 år');
    }
    // The best-served situation counts whole, each further one by half: a line made for one need
    // the page names beats one that serves two of them a little.
    shares.sort((a, b) => b - a);
    shares.forEach((share, k) => {
      fit += k === 0 ? share : share * FURTHER_SHARE;
    });
    const isNamed = named.has(resource.id);
    if (isNamed) {
      fit += 2;
      positive = true;
      need = true;
      reasons.unshift(`sidan nämner ${resource.name}`);
    }
    if (fit <= 0 || (positive && !need)) continue;
    if (!isNamed && excludedByAge(resource, age === null ? opts : { ...opts, age })) continue;
    const elig = isNamed
      ? { factor: 1, reasons: [] }
      : eligibility(resource, patient, age, opts, hits, aboutOther);
    if (elig.factor === 0) continue;
    const [region, regionReason] = regionFactor(resource, opts.homeRegion);
    const [open, openReason] = openFactor(resource.id, opts.isOpen);
    reasons.push(...elig.reasons);
    if (regionReason) reasons.push(regionReason);
    if (openReason) reasons.push(openReason);
    const group = groupOf(resource, acute);
    // Acute danger and what the page names keep their place: the prior orders the rest. It never
    // lifts a service for children when the page gives no age ("självmordstankar … pga barnen").
    const learnt = group === 'akut' || isNamed ? 1 : (learned?.get(resource.id) ?? 1);
    const noAge = age === null && opts.ageGroup === undefined;
    const prior =
      Math.round((noAge && forChildrenOnly(resource) ? Math.min(1, learnt) : learnt) * 1000) / 1000;
    const score = Math.round(fit * elig.factor * region * open * prior * 1000) / 1000;
    out.push({
      id: resource.id,
      kind: resource.kind,
      group,
      score,
      parts: {
        fit: Math.round(fit * 1000) / 1000,
        named: isNamed,
        eligibility: elig.factor,
        region,
        open,
        ...(prior === 1 ? {} : { learned: prior }),
      },
      reasons,
      negatedOnly: !positive,
    });
  }
  const tier = (s: Suggestion) =>
    s.group === 'akut' ? TIER.akut : s.parts.named ? TIER.named : TIER[s.group];
  const byId = new Map(resources.map((r) => [r.id, r]));
  // In "Akut" the emergency line (112) comes first, whatever else the police serve.
  const emergencyFirst = (s: Suggestion) =>
    s.group === 'akut' && byId.get(s.id)?.route === 'emergency' ? 0 : 1;
  out.sort(
    (x, y) =>
      Number(x.negatedOnly) - Number(y.negatedOnly) ||
      tier(x) - tier(y) ||
      emergencyFirst(x) - emergencyFirst(y) ||
      y.score - x.score ||
      x.id.localeCompare(y.id),
  );
  const needs = needsOf(findings.hits, child, ATTRIBUTES, CHILD_EXPLOITATION);
  const seen = newSeen(resources, needs);
  const ordered = foldAkut(
    varyContacts(out, tier, TIER.contact, (id) => byId.get(id), needs, seen),
    byId,
  );
  return opts.limit === undefined ? ordered : ordered.slice(0, opts.limit);
}

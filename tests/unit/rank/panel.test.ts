import { beforeAll, describe, expect, it } from 'vitest';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { bestOpenAlternative } from '../../../lib/rank/alternatives.ts';
import {
  actionableCount,
  concernsChild,
  GROUP_LIMITS,
  groupSuggestions,
  STAFF_GUIDANCE_LIMIT,
} from '../../../lib/rank/groups.ts';
import type { PageFindings, Suggestion } from '../../../lib/rank/index.ts';
import { panelSuggestions, shownInOrder } from '../../../lib/rank/panel.ts';
import { NO_PATIENT } from '../../../lib/rank/patient.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

let catalogue: BundledCatalogue;
beforeAll(async () => {
  catalogue = await realCatalogue();
});

type Theme = PageFindings['hits'][number]['theme'];
const hit = (theme: Theme, over: Partial<PageFindings['hits'][number]> = {}) => ({
  theme,
  count: 1,
  negated: 0,
  denied: 0,
  uncertain: 0,
  hypothetical: 0,
  other: 0,
  words: [],
  ...over,
});
const page = (themes: Theme[], age: number | null = null, named: string[] = []): PageFindings => ({
  hits: themes.map((t) => hit(t)),
  named: named.map((id) => ({ id, count: 1, negated: 0 })),
  patient: { ...NO_PATIENT, age },
});
// Saturday 03:00 and Tuesday 11:00 in Stockholm.
const SATURDAY_NIGHT = new Date('2026-12-05T02:00:00Z');
const TUESDAY = new Date('2026-12-01T10:00:00Z');
const ids = (list: readonly Suggestion[]) => list.map((s) => s.id);

function suggestion(id: string, group: Suggestion['group'], negatedOnly = false): Suggestion {
  const parts = { fit: 1, named: false, eligibility: 1, region: 1, open: 1 };
  return { id, kind: 'helpline', group, score: 1, parts, reasons: [], negatedOnly };
}

describe('groupSuggestions', () => {
  it('keeps the ranking order within a group, but puts unreachable contacts and negated ones after', () => {
    const ranked = [
      suggestion('no-number', 'staff'),
      suggestion('negated', 'staff', true),
      suggestion('line', 'staff'),
      suggestion('report', 'learn'),
    ];
    const groups = groupSuggestions(ranked, (id) => id !== 'no-number' && id !== 'report');
    expect(ids(groups.staff)).toEqual(['line', 'no-number']);
    // Fördjupning is reading, not calling: no reorder by channel.
    expect(ids(groups.learn)).toEqual(['report']);
  });

  it('cuts each group to its limit and counts only the open groups for the badge', () => {
    const ranked = Array.from({ length: 10 }, (_, i) => suggestion(`c${i}`, i < 5 ? 'contact' : 'learn'));
    const groups = groupSuggestions(ranked, () => true);
    expect(groups.contact).toHaveLength(GROUP_LIMITS.contact);
    expect(groups.learn).toHaveLength(GROUP_LIMITS.learn);
    expect(actionableCount(groups)).toBe(GROUP_LIMITS.contact);
  });
});

describe('panelSuggestions over the real catalogue', () => {
  it('puts Akut first when the page signals danger, and no training among the contacts', () => {
    const view = panelSuggestions(page(['sex-mot-ersattning', 'akut-fara']), catalogue, { now: TUESDAY });
    expect(ids(view.groups.akut)).toContain('sos-112');
    const kinds = new Map(catalogue.resources.map((r) => [r.id, r.kind]));
    for (const s of [...view.groups.contact, ...view.groups.staff])
      expect(['training', 'report', 'information']).not.toContain(kinds.get(s.id));
    expect(view.groups.learn.every((s) => s.group === 'learn')).toBe(true);
    expect(shownInOrder(view)[0]?.group).toBe('akut');
  });

  it('never puts a staff contact with no known number before one that has a number', () => {
    // Barnahus is named, so the ranking puts it first among staff advice; it has no number.
    const view = panelSuggestions(page(['barn-sexuell-exploatering'], 12, ['barnahus-halland']), catalogue, {
      now: TUESDAY,
    });
    const staff = ids(view.groups.staff);
    expect(staff).toContain('barnahus-halland');
    expect(staff[0]).not.toBe('barnahus-halland');
  });

  it('shows the best open line for the same need beside a closed first choice', () => {
    // NMT's phone, named on the page so that it comes first whatever the prior says, keeps
    // office hours: at night an open line for the same need stands beside it.
    const trafficking = page(['manniskohandel'], 30, ['nmt-stodtelefon']);
    const night = panelSuggestions(trafficking, catalogue, { now: SATURDAY_NIGHT });
    expect(night.groups.staff[0]?.id).toBe('nmt-stodtelefon');
    const alt = night.alternatives.get('nmt-stodtelefon');
    expect(alt).toBeDefined();
    const resource = catalogue.resources.find((r) => r.id === alt);
    expect(resource?.serves.manniskohandel ?? 0).toBeGreaterThan(0);
    // In office hours NMT is open: no alternative.
    const day = panelSuggestions(trafficking, catalogue, { now: TUESDAY });
    expect(day.alternatives.has('nmt-stodtelefon')).toBe(false);
  });

  it('shows the duty to report for a child in exploitation, not for an adult or an unrelated need', () => {
    const child = panelSuggestions(page(['sex-mot-ersattning'], 15), catalogue, { now: TUESDAY });
    expect(child.duty.map((g) => g.id)).toEqual(['vagledning-anmala-oro-for-barn']);
    expect(panelSuggestions(page(['sex-mot-ersattning'], 32), catalogue, { now: TUESDAY }).duty).toEqual([]);
    expect(panelSuggestions(page(['sex-mot-ersattning']), catalogue, { now: TUESDAY }).duty).toEqual([]);
    expect(panelSuggestions(page(['sjalvskada'], 15), catalogue, { now: TUESDAY }).duty).toEqual([]);
    // A child's own harmful sexual behaviour is a concern for a child (and for the younger ones).
    expect(panelSuggestions(page(['egen-sexualitet'], 15), catalogue, { now: TUESDAY }).duty).toHaveLength(1);
    expect(panelSuggestions(page(['egen-sexualitet'], 34), catalogue, { now: TUESDAY }).duty).toEqual([]);
    // The chosen age group wins over the note.
    const chosen = panelSuggestions(page(['vald-nara-relation'], 32), catalogue, {
      now: TUESDAY,
      ageGroup: '15-17',
    });
    expect(chosen.duty).toHaveLength(1);
  });

  it('shows the duty to report for violence in a home with children, not for grown-up children or other needs', () => {
    const duty = (themes: Theme[], age: number | null, children: boolean) =>
      panelSuggestions({ ...page(themes, age), patient: { ...NO_PATIENT, age, children } }, catalogue, {
        now: TUESDAY,
      }).duty.map((g) => g.id);
    expect(duty(['vald-nara-relation'], 32, true)).toEqual(['vagledning-anmala-oro-for-barn']);
    expect(duty(['hedersrelaterat'], null, true)).toEqual(['vagledning-anmala-oro-for-barn']);
    expect(duty(['vald-nara-relation'], 32, false)).toEqual([]);
    // A 74-year-old's children are grown up; self-harm is not violence the children live with.
    expect(duty(['vald-nara-relation'], 74, true)).toEqual([]);
    expect(duty(['sjalvskada'], 32, true)).toEqual([]);
    // Own sexual impulses beside a child in the patient's life, at any age ("barnbarnen sover över").
    expect(duty(['egen-sexualitet'], 67, true)).toEqual(['vagledning-anmala-oro-for-barn']);
    expect(duty(['egen-sexualitet'], 67, false)).toEqual([]);
    // Only negated: no need, no duty.
    const negated = { ...page([], 32), hits: [hit('vald-nara-relation', { negated: 1 })] };
    expect(
      panelSuggestions({ ...negated, patient: { ...NO_PATIENT, age: 32, children: true } }, catalogue, {
        now: TUESDAY,
      }).duty,
    ).toEqual([]);
  });

  it('shows the duty to report where the page names it beside a need it is about, and never ranks it', () => {
    const duty = 'vagledning-anmala-oro-for-barn';
    const shown = (findings: PageFindings) =>
      panelSuggestions(findings, catalogue, { now: TUESDAY }).duty.map((g) => g.id);
    // "Gör orosanmälan" in a routine on trafficking, no age, no children read.
    expect(shown(page(['manniskohandel'], null, [duty]))).toEqual([duty]);
    expect(shown(page(['vald-nara-relation'], 32, [duty]))).toEqual([duty]);
    // Named without a need it is about, or only ruled out ("ingen orosanmälan"): not shown.
    expect(shown(page([], null, [duty]))).toEqual([]);
    expect(shown(page(['sjalvskada'], 32, [duty]))).toEqual([]);
    const ruledOut = { ...page(['vald-nara-relation'], 32), named: [{ id: duty, count: 1, negated: 1 }] };
    expect(shown(ruledOut)).toEqual([]);
    // A routine on "anmälningsskyldighet … när ett barn far illa" names the duty on a page about
    // children, with no need read: shown. Ruled out there too: not shown.
    const routine = { ...page([], null, [duty]), patient: { ...NO_PATIENT, children: true } };
    expect(shown(routine)).toEqual([duty]);
    expect(shown({ ...routine, named: [{ id: duty, count: 1, negated: 1 }] })).toEqual([]);
    // Guidance is never among the ranked suggestions, named or not.
    const all = panelSuggestions(page(['vald-nara-relation'], 32, [duty]), catalogue, { now: TUESDAY });
    const ranked = [...all.groups.akut, ...all.groups.contact, ...all.groups.staff, ...all.groups.learn];
    expect(ids(ranked)).not.toContain(duty);
  });

  it('shows guidance for staff on the needs the page names, the strongest first, at most two', () => {
    const g = (findings: PageFindings) =>
      panelSuggestions(findings, catalogue, { now: TUESDAY }).guidance.map((x) => x.id);
    expect(g(page(['vald-nara-relation'], 34))).toEqual(['vagledning-fraga-om-vald']);
    expect(g(page(['sexuellt-vald']))).toEqual(['vagledning-fraga-om-vald']);
    expect(g(page(['sex-mot-ersattning'], 32))).toEqual(['vagledning-fraga-om-sex-mot-ersattning']);
    // Two mentions of trafficking before one of selling sex; partner violence, the third, is left out.
    const three = {
      ...page([], 30),
      hits: [hit('sex-mot-ersattning'), hit('manniskohandel', { count: 2 }), hit('vald-nara-relation')],
    };
    expect(g(three)).toEqual([
      'vagledning-misstanke-om-manniskohandel',
      'vagledning-fraga-om-sex-mot-ersattning',
    ]);
    expect(STAFF_GUIDANCE_LIMIT).toBe(2);
    // A suspicion counts; what is only negated, denied or asked about does not.
    expect(g({ ...page([], 30), hits: [hit('manniskohandel', { uncertain: 1 })] })).toEqual([
      'vagledning-misstanke-om-manniskohandel',
    ]);
    expect(g({ ...page([], 30), hits: [hit('vald-nara-relation', { negated: 1 })] })).toEqual([]);
    expect(g({ ...page([], 30), hits: [hit('vald-nara-relation', { denied: 1 })] })).toEqual([]);
    expect(g({ ...page([], 30), hits: [hit('vald-nara-relation', { hypothetical: 1 })] })).toEqual([]);
    // No guidance is about these; the duty to report for a child is not repeated below the contacts.
    expect(g(page(['egen-sexualitet', 'sjalvskada', 'akut-fara']))).toEqual([]);
    const child = panelSuggestions(page(['vald-nara-relation'], 14), catalogue, { now: TUESDAY });
    expect(child.duty.map((x) => x.id)).toEqual(['vagledning-anmala-oro-for-barn']);
    expect(child.guidance.map((x) => x.id)).toEqual(['vagledning-fraga-om-vald']);
    expect(panelSuggestions(null, catalogue, { now: TUESDAY }).guidance).toEqual([]);
  });

  it('shows no duty to report for a child when the note only gives information', () => {
    const informed = { ...page([], 16), hits: [hit('barn-sexuell-exploatering', { hypothetical: 1 })] };
    expect(panelSuggestions(informed, catalogue, { now: TUESDAY }).duty).toEqual([]);
  });

  it('puts the police first for a suspected trafficking victim, with 112 beside, and keeps three contacts', () => {
    for (const findings of [
      page(['manniskohandel'], 24),
      { ...page([], 30), hits: [hit('manniskohandel', { uncertain: 1 })] },
      page(['manniskohandel', 'sex-mot-ersattning'], 19),
    ]) {
      const view = panelSuggestions(findings, catalogue, { now: TUESDAY });
      expect(view.akutFor).toBe('trafficking');
      expect(ids(view.groups.akut)).toEqual(['polisen-114-14']);
      expect(view.emergency.get('polisen-114-14')).toBe('sos-112');
      expect(ids(view.groups.contact)).not.toContain('polisen-114-14');
      expect(view.groups.contact).toHaveLength(GROUP_LIMITS.contact);
      expect(shownInOrder(view)[0]?.id).toBe('polisen-114-14');
    }
  });

  it('leaves the police where the ranking puts them when trafficking is only negated, or danger is acute', () => {
    const denied = { ...page([], 30), hits: [hit('manniskohandel', { negated: 1 })] };
    const view = panelSuggestions(denied, catalogue, { now: TUESDAY });
    expect(view.akutFor).toBeNull();
    expect(view.emergency.size).toBe(0);
    const acute = panelSuggestions(page(['manniskohandel', 'akut-fara'], 30), catalogue, { now: TUESDAY });
    expect(acute.akutFor).toBe('danger');
    expect(ids(acute.groups.akut)).toEqual(['sos-112']);
    expect(acute.groups.akut[0]?.beside).toEqual(['polisen-114-14']);
    expect(ids(acute.groups.contact)).not.toContain('polisen-114-14');
    expect(acute.emergency.size).toBe(0);
    const other = panelSuggestions(page(['sex-mot-ersattning'], 30), catalogue, { now: TUESDAY });
    expect(other.akutFor).toBeNull();
  });

  it('gives nothing for a page without findings', () => {
    const view = panelSuggestions({ hits: [], named: [], patient: NO_PATIENT }, catalogue, { now: TUESDAY });
    expect(shownInOrder(view)).toEqual([]);
    expect(panelSuggestions(null, catalogue, { now: TUESDAY }).duty).toEqual([]);
  });
});

describe('concernsChild', () => {
  it('reads the other person’s age when every finding is about them', () => {
    const about = {
      hits: [hit('sexuellt-vald', { other: 1 })],
      patient: { ...NO_PATIENT, age: 40, otherAge: 14 },
    };
    expect(concernsChild(about, {})).toBe(true);
    expect(concernsChild({ ...about, hits: [hit('sexuellt-vald')] }, {})).toBe(false);
    expect(concernsChild(about, { age: 40 })).toBe(false);
  });
});

describe('bestOpenAlternative', () => {
  it('takes no training, no negated one and nothing for another need', () => {
    const byId = new Map([
      ['closed', { serves: { manniskohandel: 1 } }],
      ['course', { serves: { manniskohandel: 1 } }],
      ['denied', { serves: { manniskohandel: 1 } }],
      ['other-need', { serves: { 'egen-sexualitet': 1 } }],
      ['open', { serves: { manniskohandel: 0.5 } }],
    ]);
    const ranked = [
      suggestion('closed', 'staff'),
      suggestion('course', 'learn'),
      suggestion('denied', 'contact', true),
      suggestion('other-need', 'contact'),
      suggestion('open', 'contact'),
    ];
    const findings = page(['manniskohandel', 'egen-sexualitet']);
    const first = ranked[0] as Suggestion;
    expect(bestOpenAlternative(first, ranked, byId, findings, () => true)?.id).toBe('open');
    expect(bestOpenAlternative(first, ranked, byId, findings, (id) => id !== 'open')).toBeNull();
  });
});

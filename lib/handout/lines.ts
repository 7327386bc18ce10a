/**
 * Which lines a patient's handout carries besides the chosen one. The same broad set goes on every
 * slip, whatever the patient told, so a paper in a pocket gives nothing away (the CUES practice of
 * giving every patient the same card). An administrator may set the set by resource ids (policy
 * `handoutLines`); without that it is chosen from the catalogue's own fields, never from numbers
 * written here.
 */
import type { Eligibility, Resource } from '../../data/schema.ts';
import { primaryChannel } from '../resource/glance.ts';

/**
 * Kinds of help anyone may need whatever happened: the emergency number, health-care advice and
 * the police. A talk line is for one group or one subject, and its number alone can tell.
 */
const BROAD_ROUTES = ['emergency', 'care', 'report'] as const satisfies readonly Resource['route'][];

/** A card has room for a few lines; a national catalogue may hold many lines of these kinds. */
export const MAX_DEFAULT_LINES = 4;

/** Nobody is shut out by a known limit: any age, any gender, not only for hbtqi people. */
function openToAll(e: Eligibility): boolean {
  const age = e.age === 'unknown' || e.age === 'none' || (e.age.min === null && e.age.max === null);
  const gender = e.gender === 'unknown' || e.gender.includes('any');
  return age && gender && e.hbtqi !== true;
}

function broadRoute(route: Resource['route']): number {
  return route === undefined ? -1 : (BROAD_ROUTES as readonly string[]).indexOf(route);
}

/**
 * A line for everyone: a national helpline (or chat) the patient may call, with a known number,
 * open to all, for a kind of help anyone may need.
 */
export function isGeneralLine(resource: Resource): boolean {
  return (
    (resource.kind === 'helpline' || resource.kind === 'chat') &&
    resource.audience.includes('patient') &&
    resource.coverage !== 'unknown' &&
    resource.coverage.scope === 'national' &&
    broadRoute(resource.route) >= 0 &&
    primaryChannel(resource)?.type === 'phone' &&
    openToAll(resource.eligibility)
  );
}

function numberOf(resource: Resource): string | null {
  const primary = primaryChannel(resource);
  return primary?.type === 'phone' ? primary.number.replace(/\D/g, '') : null;
}

/** The default set: general lines, emergency first, then care, then the police; one per number. */
export function defaultGeneralLines(resources: readonly Resource[]): Resource[] {
  const lines = resources
    .filter(isGeneralLine)
    .sort((a, b) => broadRoute(a.route) - broadRoute(b.route) || a.id.localeCompare(b.id));
  const seen = new Set<string>();
  return lines
    .filter((r) => {
      const number = numberOf(r);
      if (number === null || seen.has(number)) return false;
      seen.add(number);
      return true;
    })
    .slice(0, MAX_DEFAULT_LINES);
}

export interface LineChoice {
  /** The general lines, in order, without the chosen resource or its number */
  lines: Resource[];
  /** Whose set it is: the administrator's list, or the default (also when none of its ids is known) */
  from: 'policy' | 'default';
  /** Ids in the administrator's list that this catalogue does not hold (or hides) */
  unknownIds: string[];
}

/**
 * The general lines for a slip. The administrator's list, in its order, when it names any resource
 * the catalogue holds; an empty list means no general lines. A list that names only unknown ids
 * falls back to the default set, so a typo does not send patients home with one number only.
 */
export function chooseGeneralLines(
  resources: readonly Resource[],
  policyIds: readonly string[] | undefined,
  chosen: Resource | null,
): LineChoice {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const unknownIds = (policyIds ?? []).filter((id) => !byId.has(id));
  const listed = [...new Set(policyIds ?? [])].flatMap((id) => byId.get(id) ?? []);
  const fromPolicy = policyIds !== undefined && (policyIds.length === 0 || listed.length > 0);
  const base = fromPolicy ? listed : defaultGeneralLines(resources);
  const chosenNumber = chosen && numberOf(chosen);
  const lines = base.filter(
    (r) => r.id !== chosen?.id && (chosenNumber === null || numberOf(r) !== chosenNumber),
  );
  return { lines, from: fromPolicy ? 'policy' : 'default', unknownIds };
}

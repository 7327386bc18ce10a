/**
 * "Stängt · öppnar mån 09:00 — öppet nu: …": when the best contact is closed, the best one that
 * is open now for the same need, taken from the ranking's own order.
 */
import type { Resource } from '../../data/schema.ts';
import type { ThemeId } from '../../data/themes.ts';
import { isPositive, type PageFindings, type Suggestion } from './index.ts';

/** The situations the page affirms or suspects that this resource serves. */
function needsServed(resource: Pick<Resource, 'serves'>, positive: ReadonlySet<ThemeId>): ThemeId[] {
  return (Object.entries(resource.serves) as [ThemeId, number][])
    .filter(([theme, weight]) => weight > 0 && positive.has(theme))
    .map(([theme]) => theme);
}

/**
 * The first suggestion in `ranked` other than `closed` that is open now (`isOpen`), is a contact
 * (not acute, not a training or report), was not only negated, and serves a situation of the page
 * that `closed` serves too, in `closed`'s group if one is; null when there is none. A named resource with no situation of its own
 * on the page is matched on everything it serves.
 */
export function bestOpenAlternative(
  closed: Suggestion,
  ranked: readonly Suggestion[],
  byId: ReadonlyMap<string, Pick<Resource, 'serves'>>,
  findings: PageFindings,
  isOpen: (id: string) => boolean,
): Suggestion | null {
  const positive = new Set<ThemeId>(findings.hits.filter(isPositive).map((h) => h.theme));
  const first = byId.get(closed.id);
  if (first === undefined) return null;
  let needs = needsServed(first, positive);
  if (needs.length === 0) needs = (Object.keys(first.serves) as ThemeId[]).filter((t) => t !== 'akut-fara');
  const wanted = new Set(needs);
  const fits = (s: Suggestion) => {
    if (s.id === closed.id || s.negatedOnly || s.group === 'learn' || s.group === 'akut') return false;
    const other = byId.get(s.id);
    if (other === undefined || !isOpen(s.id)) return false;
    return (Object.entries(other.serves) as [ThemeId, number][]).some(([t, w]) => w > 0 && wanted.has(t));
  };
  // The same group first (a line for the patient for a line for the patient), then any contact.
  return ranked.find((s) => s.group === closed.group && fits(s)) ?? ranked.find(fits) ?? null;
}

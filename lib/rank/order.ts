/**
 * The order of the contacts in the list: the needs the page names and the kinds of help above,
 * applied tier by tier (variety.ts).
 */
import type { Resource } from '../../data/schema.ts';
import type { ThemeId } from '../../data/themes.ts';
import type { ThemeHit } from '../matcher/types.ts';
import type { Suggestion } from './index.ts';
import { isPositive } from './strength.ts';
import { place, type Seen, varyTier } from './variety.ts';

/**
 * The needs the page names, strongest first: affirmed before suspected, more mentions first; for a
 * child, exploitation and violence are one need, the child's. Who a person is (hbtqi) and acute
 * danger (its own group) are not needs here.
 */
export function needsOf(
  hits: readonly ThemeHit[],
  child: boolean,
  attributes: ReadonlySet<ThemeId>,
  childExploitation: readonly ThemeId[],
): string[] {
  const needs: string[] = [];
  const ranked = hits
    .filter(
      (h) => isPositive(h) && (!attributes.has(h.theme) || (h.need ?? 0) > 0) && h.theme !== 'akut-fara',
    )
    .map((h) => ({ h, affirmed: h.count - h.negated - h.denied - h.uncertain - h.hypothetical }))
    .sort((a, b) => b.affirmed - a.affirmed || b.h.count - a.h.count);
  for (const { h } of ranked) {
    const need = child && childExploitation.includes(h.theme) ? 'barn-sexuell-exploatering' : h.theme;
    if (!needs.includes(need)) needs.push(need);
  }
  return needs;
}

/** Contacts for other needs and of other kinds of help first (variety.ts); tiers above count, not move. */
export function varyContacts(
  sorted: Suggestion[],
  tier: (s: Suggestion) => number,
  contactTier: number,
  resourceOf: (id: string) => Resource | undefined,
  needs: readonly string[],
  seen: Seen,
): Suggestion[] {
  const out: Suggestion[] = [];
  let i = 0;
  while (i < sorted.length) {
    const first = sorted[i] as Suggestion;
    let j = i;
    while (j < sorted.length) {
      const s = sorted[j] as Suggestion;
      if (s.negatedOnly !== first.negatedOnly || tier(s) !== tier(first)) break;
      j++;
    }
    const block = sorted.slice(i, j);
    if (!first.negatedOnly && tier(first) === contactTier) {
      for (const { item, variety } of varyTier(block, resourceOf, needs, seen))
        out.push(variety === 1 ? item : { ...item, parts: { ...item.parts, variety } });
    } else {
      for (const s of block) {
        if (!s.negatedOnly && tier(s) <= contactTier) place(resourceOf(s.id), seen, needs);
        out.push(s);
      }
    }
    i = j;
  }
  return out;
}

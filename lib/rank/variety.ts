/**
 * Different needs and different kinds of help before a second one of the same. For a child
 * groomed online a clinician wants a line the child can call, social services and a place to
 * report, not three talk lines; for a woman who sells sex and harms herself, a line for each.
 *
 * Picked greedily, tier by tier: a contact's score is lowered by ROUTE_SHARE for every contact of
 * the same `route` placed above it; and while a need the page names has no contact above that
 * serves it (fit ≥ SERVES), the best contact for it comes next if it scores at least UNMET_SHARE
 * of the best one. The groups (akut, named, contacts, Fördjupning) and their order stay as they are.
 */
import type { Resource } from '../../data/schema.ts';

/** The share a contact keeps for each one of the same kind of help placed above it. */
export const ROUTE_SHARE = 0.75;
/** How many contacts of a tier are placed by variety; the rest follow in score order. */
export const VARIED = 12;
/** A contact serves a need when its fit for it is at least this, or the best any contact has. */
export const SERVES = 0.9;
/** A contact for a need nothing above serves comes next if it scores this share of the best. */
export const UNMET_SHARE = 0.5;

export interface Candidate {
  id: string;
  score: number;
}

export interface Seen {
  routes: Map<string, number>;
  /** Needs (situation ids) a placed contact serves. */
  met: Set<string>;
  /** Need → the fit a contact needs to serve it. */
  bar: Map<string, number>;
}

const fitFor = (resource: Resource | undefined, need: string) =>
  (resource?.serves as Record<string, number> | undefined)?.[need] ?? 0;

/** Nothing placed yet; the bar for each need from the best fit among these resources. */
export function newSeen(resources: readonly Resource[], needs: readonly string[]): Seen {
  const bar = new Map<string, number>();
  for (const need of needs)
    bar.set(need, Math.min(SERVES, Math.max(0.01, ...resources.map((r) => fitFor(r, need)))));
  return { routes: new Map(), met: new Set(), bar };
}

const serves = (resource: Resource | undefined, need: string, seen: Seen) =>
  fitFor(resource, need) >= (seen.bar.get(need) ?? SERVES);

/** What placing this contact adds to `seen`. */
export function place(resource: Resource | undefined, seen: Seen, needs: readonly string[]): void {
  if (resource === undefined) return;
  if (resource.route !== undefined)
    seen.routes.set(resource.route, (seen.routes.get(resource.route) ?? 0) + 1);
  for (const need of needs) if (serves(resource, need, seen)) seen.met.add(need);
}

/**
 * Reorders one tier (sorted by score); `needs` in order of strength; updates `seen`. Returns each
 * item with the route factor it was placed with.
 */
export function varyTier<T extends Candidate>(
  tier: readonly T[],
  resourceOf: (id: string) => Resource | undefined,
  needs: readonly string[],
  seen: Seen,
): { item: T; variety: number }[] {
  const left = [...tier];
  const out: { item: T; variety: number }[] = [];
  // Only the top of a long list is worth reordering: a national catalogue can match hundreds.
  const rest = left.splice(VARIED);
  const routeFactor = (item: T) => {
    const route = resourceOf(item.id)?.route;
    return route === undefined ? 1 : ROUTE_SHARE ** (seen.routes.get(route) ?? 0);
  };
  const best = (among: number[]) =>
    among.reduce<number>((b, i) => {
      const x = left[i] as T;
      const y = left[b] as T;
      return b < 0 || x.score * routeFactor(x) > y.score * routeFactor(y) ? i : b;
    }, -1);
  while (left.length > 0) {
    const all = left.map((_, i) => i);
    let pick = best(all);
    const top = left[pick] as T;
    const topValue = top.score * routeFactor(top);
    // The strongest need nothing above serves: the top contact if it serves it, else its best.
    for (const need of needs) {
      if (seen.met.has(need)) continue;
      if (serves(resourceOf(top.id), need, seen)) break;
      const forNeed = best(all.filter((i) => serves(resourceOf((left[i] as T).id), need, seen)));
      const x = left[forNeed];
      if (x !== undefined && x.score * routeFactor(x) >= UNMET_SHARE * topValue) pick = forNeed;
      break;
    }
    const item = left[pick] as T;
    const variety = Math.round(routeFactor(item) * 1000) / 1000;
    left.splice(pick, 1);
    place(resourceOf(item.id), seen, needs);
    out.push({ item, variety });
  }
  for (const item of rest) out.push({ item, variety: 1 });
  return out;
}

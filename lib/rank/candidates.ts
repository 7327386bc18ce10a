/**
 * The resources a page's findings can suggest at all: those that serve a situation the page
 * mentions (or a child's exploitation, which ranking adds for a child), and those it names. Ranking
 * scores every resource it is given, and a national catalogue has 10,000: most serve none of the
 * situations found and score nothing. Giving it only these gives the same suggestions (tested in
 * tests/unit/rank/candidates.test.ts) in a fraction of the time. Built once per resource list.
 */
import type { Resource } from '../../data/schema.ts';
import { runToEnd, type Sliced } from '../ingest/slices.ts';
import type { PageFindings } from './index.ts';

interface Lookup {
  byId: Map<string, Resource>;
  /** Situation → the places (in the list) of the resources that serve it with a fit above 0 */
  serving: Map<string, number[]>;
}

const lookups = new WeakMap<readonly Resource[], Lookup>();

/** Resources looked at between two pauses of lookupSteps. */
const EVERY = 500;

/**
 * Each resource by id, and who serves each situation, for `resources` (kept while the list lives);
 * as a task that pauses every few hundred resources (a national list is 10,000).
 */
export function* lookupSteps(resources: readonly Resource[]): Sliced<Lookup> {
  let lookup = lookups.get(resources);
  if (!lookup) {
    const serving = new Map<string, number[]>();
    const byId = new Map<string, Resource>();
    for (let i = 0; i < resources.length; i++) {
      const r = resources[i] as Resource;
      byId.set(r.id, r);
      for (const [theme, weight] of Object.entries(r.serves)) {
        if (!(weight > 0)) continue;
        const list = serving.get(theme) ?? [];
        list.push(i);
        serving.set(theme, list);
      }
      if (i % EVERY === EVERY - 1) yield;
    }
    lookup = { byId, serving };
    lookups.set(resources, lookup);
  }
  return lookup;
}

export function lookupOf(resources: readonly Resource[]): Lookup {
  return runToEnd(lookupSteps(resources));
}

/** The resources ranking can suggest for `findings`, in the list's order. */
export function candidatesFor(findings: PageFindings, resources: readonly Resource[]): Resource[] {
  const { byId, serving } = lookupOf(resources);
  const places = new Set<number>(serving.get('barn-sexuell-exploatering'));
  for (const hit of findings.hits) for (const i of serving.get(hit.theme) ?? []) places.add(i);
  const out = [...places].sort((a, b) => a - b).flatMap((i) => resources[i] ?? []);
  for (const named of findings.named ?? []) {
    const r = byId.get(named.id);
    if (r && r.kind !== 'guidance' && !out.includes(r)) out.push(r);
  }
  return out;
}

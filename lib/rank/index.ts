/**
 * Ranking of suggestions: theme weights → resources, then eligibility (age), home region and
 * whether the resource is open now. Pure: the caller supplies `isOpen` (lib/hours) and the age.
 *
 * score = Σ over themes (weight × strength) × region factor × open factor, where strength grows
 * slowly with the number of mentions and is small for themes that were only mentioned negated.
 */
import type { Resource } from '../../data/schema.ts';
import type { Theme } from '../../data/vocabulary-schema.ts';
import type { ThemeHit } from '../matcher/types.ts';

export type AgeGroup = 'under15' | '15-17' | '18-25' | 'over25';

export interface RankOptions {
  ageGroup?: AgeGroup;
  age?: number;
  homeRegion?: string;
  isOpen?: (id: string) => boolean | 'unknown';
  limit?: number;
}

export interface Suggestion {
  id: string;
  score: number;
  reasons: string[];
  negatedOnly: boolean;
}

const AGE_GROUPS: Record<AgeGroup, [number, number]> = {
  under15: [0, 14],
  '15-17': [15, 17],
  '18-25': [18, 25],
  over25: [26, 120],
};
/** A negated-only theme still lists its resources, far below anything actually mentioned. */
const NEGATED_STRENGTH = 0.1;
const REGION = { home: 1.3, national: 1, unknown: 0.9, other: 0.5 } as const;
const OPEN = { open: 1.15, unknown: 1, closed: 0.8 } as const;

function strength(hit: ThemeHit): number {
  const positive = hit.count - hit.negated;
  return positive > 0 ? 1 + Math.log2(positive) * 0.25 : NEGATED_STRENGTH;
}

/** True when the resource's verified age limits exclude the patient; 'unknown' never excludes. */
export function excludedByAge(resource: Resource, opts: Pick<RankOptions, 'age' | 'ageGroup'>): boolean {
  const limits = resource.eligibility.age;
  if (limits === 'unknown' || limits === 'none') return false;
  const min = limits.min ?? 0;
  const max = limits.max ?? 200;
  if (opts.age !== undefined) return opts.age < min || opts.age > max;
  if (opts.ageGroup !== undefined) {
    const [lo, hi] = AGE_GROUPS[opts.ageGroup];
    return hi < min || lo > max;
  }
  return false;
}

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

export function rankSuggestions(
  hits: readonly ThemeHit[],
  resources: readonly Resource[],
  themes: readonly Theme[],
  opts: RankOptions = {},
): Suggestion[] {
  const byId = new Map(resources.map((r) => [r.id, r]));
  const themeById = new Map(themes.map((t) => [t.id, t]));
  const acc = new Map<string, { score: number; mentioned: string[]; negated: string[] }>();
  for (const hit of hits) {
    const theme = themeById.get(hit.theme);
    if (!theme || hit.count <= 0) continue;
    const positive = hit.count - hit.negated;
    for (const { id, weight } of theme.resources) {
      if (!byId.has(id)) continue;
      const a = acc.get(id) ?? { score: 0, mentioned: [], negated: [] };
      acc.set(id, a);
      a.score += weight * strength(hit);
      if (positive > 0) a.mentioned.push(positive > 1 ? `${theme.label} (${positive})` : theme.label);
      else a.negated.push(theme.label);
    }
  }
  const out: Suggestion[] = [];
  for (const [id, a] of acc) {
    const resource = byId.get(id);
    if (!resource || excludedByAge(resource, opts)) continue;
    const [rf, regionReason] = regionFactor(resource, opts.homeRegion);
    const [of, openReason] = openFactor(id, opts.isOpen);
    const reasons: string[] = [];
    if (a.mentioned.length > 0) reasons.push(`sidan nämner: ${a.mentioned.join(', ')}`);
    if (a.negated.length > 0) reasons.push(`nämns som nekat: ${a.negated.join(', ')}`);
    if (regionReason) reasons.push(regionReason);
    if (openReason) reasons.push(openReason);
    const score = Math.round(a.score * rf * of * 1000) / 1000;
    out.push({ id, score, reasons, negatedOnly: a.mentioned.length === 0 });
  }
  out.sort(
    (x, y) => Number(x.negatedOnly) - Number(y.negatedOnly) || y.score - x.score || x.id.localeCompare(y.id),
  );
  return opts.limit === undefined ? out : out.slice(0, opts.limit);
}

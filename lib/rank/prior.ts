/**
 * What careful clinicians chose in cases like this one: per resource, a weight for each thing the
 * page says (the situations found, whether they concern someone else or are only suspected, the
 * age band and gender of the person concerned), learnt from the labelled development corpus
 * (`npm run train-model`, data/model/ranking.json, scripts/lib/train-prior.ts). A resource's score
 * is multiplied by e^(bias + its weights), at most e^limit up or down. It orders contacts within
 * their group, never across groups: acute danger and the resources the page names keep their place,
 * and what `serves` says still decides whether a resource is a candidate at all.
 */
import type { ThemeId } from '../../data/themes.ts';

export interface RankPrior {
  version: 1;
  trainedOn: string;
  /** The factor is e^z with z at most this far from 0. */
  limit: number;
  resources: { id: string; bias: number; weights: Record<string, number> }[];
}

/** What the prior knows of one situation on the page. */
export interface PriorHit {
  theme: ThemeId;
  /** Every positive mention concerns someone else. */
  other: boolean;
  /** Only suspected, nothing affirmed. */
  uncertain: boolean;
}

/** The side panel's age groups: an age, or the group the user chose. */
export type AgeBand = 'under15' | '15-17' | '18-25' | 'over25' | 'none';

export function ageBand(age: number | AgeBand | null): AgeBand {
  if (age === null) return 'none';
  if (typeof age === 'string') return age;
  if (age < 15) return 'under15';
  if (age < 18) return '15-17';
  return age <= 25 ? '18-25' : 'over25';
}

/**
 * The features of a page for the prior: each situation (`s:`), about someone else (`o:`), only
 * suspected (`u:`), with the age band (`s:…|a:…`), pairs of situations (`p:…+…`), the age band
 * (`a:`) and gender (`g:`) of the person concerned.
 */
export function priorFeatures(
  hits: readonly PriorHit[],
  age: number | AgeBand | null,
  gender: string | null,
): string[] {
  const band = ageBand(age);
  const out = [`a:${band}`, `g:${gender ?? 'none'}`];
  const themes = [...new Set(hits.map((h) => h.theme))].sort();
  for (const h of hits) {
    out.push(`s:${h.theme}`, `s:${h.theme}|a:${band}`);
    if (h.other) out.push(`o:${h.theme}`);
    if (h.uncertain) out.push(`u:${h.theme}`);
  }
  for (let i = 0; i < themes.length; i++)
    for (let j = i + 1; j < themes.length; j++) out.push(`p:${themes[i]}+${themes[j]}`);
  return out;
}

/** Resource id → the factor its score is multiplied by, for these features. */
export function priorFactors(prior: RankPrior, features: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of prior.resources) {
    let z = r.bias;
    for (const f of features) z += r.weights[f] ?? 0;
    out.set(r.id, Math.exp(Math.max(-prior.limit, Math.min(prior.limit, z))));
  }
  return out;
}

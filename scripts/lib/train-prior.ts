/**
 * Trains the ranking's prior (lib/rank/prior.ts) as an averaged structured perceptron: each
 * development text is read by the page reader and ranked with the prior so far; where a group of
 * wanted resources is not among what the side panel shows first (the first three suggestions and
 * the guidance notes), the best-placed wanted resource gains a little on each of the page's
 * features and the last unwanted one above it, in the same tier, loses as much. Only the
 * development corpus is given to it; the held-out files are never read here. Deterministic: the
 * same texts, vocabulary and reader give the same file.
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import { guidanceShown } from '../../lib/rank/groups.ts';
import { type PageFindings, rankFeatures, rankSuggestions, type Suggestion } from '../../lib/rank/index.ts';
import type { RankPrior } from '../../lib/rank/prior.ts';

export interface PriorOptions {
  epochs?: number;
  /** How much one miss moves a weight. */
  step?: number;
  /** The factor stays within e^-limit … e^limit. */
  limit?: number;
  trainedOn: string;
}

/** The settings of the committed prior, chosen on two halves of the development corpus. */
export const PRIOR_OPTIONS = { epochs: 4, step: 0.1, limit: 2 } as const;

/** One text as the trainer sees it: what the reader found, and what clinicians wanted. */
export interface PriorRow {
  findings: PageFindings;
  top3: readonly (readonly string[])[];
}

type Weights = Map<string, Map<string, number>>;
const BIAS = '';

function add(w: Weights, id: string, feature: string, v: number): void {
  const row = w.get(id) ?? new Map<string, number>();
  w.set(id, row);
  row.set(feature, (row.get(feature) ?? 0) + v);
}

function asPrior(w: Weights, limit: number, trainedOn: string): RankPrior {
  const resources = [...w.keys()].sort().map((id) => {
    const row = w.get(id) as Map<string, number>;
    const weights: Record<string, number> = {};
    for (const [f, v] of [...row].sort((a, b) => a[0].localeCompare(b[0])))
      if (f !== BIAS && Math.abs(v) >= 0.005) weights[f] = Math.round(v * 1000) / 1000;
    return { id, bias: Math.round((row.get(BIAS) ?? 0) * 1000) / 1000, weights };
  });
  return { version: 1, trainedOn, limit, resources };
}

const tier = (s: Suggestion) => (s.parts.named ? 'named' : s.group === 'staff' ? 'contact' : s.group);

export function trainPrior(
  rows: readonly PriorRow[],
  catalogue: Pick<Catalogue, 'resources' | 'vocabulary'>,
  options: PriorOptions,
): RankPrior {
  const { epochs = PRIOR_OPTIONS.epochs, step = PRIOR_OPTIONS.step, limit = PRIOR_OPTIONS.limit } = options;
  const w: Weights = new Map();
  // The averaged perceptron: the mean of the weights over every step, kept as w - total / steps.
  const total: Weights = new Map();
  let steps = 0;
  const prepared = rows.map((row) => ({
    ...row,
    features: rankFeatures(row.findings),
    guidance: guidanceShown(row.findings, catalogue.resources).map((g) => g.id),
  }));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const row of prepared) {
      steps++;
      if (row.top3.length === 0 || !row.features.some((f) => f.startsWith('s:'))) continue;
      const prior = asPrior(w, limit, '');
      const ranked = rankSuggestions(row.findings, catalogue.resources, catalogue.vocabulary, {
        homeRegion: '13',
        prior,
      }).filter((s) => !s.negatedOnly);
      const top = ranked.slice(0, 3);
      const shown = new Set([...top.flatMap((s) => [s.id, ...(s.beside ?? [])]), ...row.guidance]);
      const wanted = new Set(row.top3.flat());
      for (const group of row.top3) {
        if (group.some((id) => shown.has(id))) continue;
        const best = ranked.find((s) => group.includes(s.id));
        if (!best || tier(best) === 'akut' || tier(best) === 'named') continue;
        const worse = [...top].reverse().find((s) => !wanted.has(s.id) && tier(s) === tier(best));
        if (!worse) continue;
        for (const f of [BIAS, ...row.features]) {
          add(w, best.id, f, step);
          add(w, worse.id, f, -step);
          add(total, best.id, f, step * steps);
          add(total, worse.id, f, -step * steps);
        }
      }
    }
  }
  const averaged: Weights = new Map();
  for (const [id, row] of w)
    for (const [f, v] of row) add(averaged, id, f, v - (total.get(id)?.get(f) ?? 0) / (steps + 1));
  return asPrior(averaged, limit, options.trainedOn);
}

/**
 * Trains the page reader's second reader (lib/matcher/model.ts): per situation, a logistic model
 * over a text's words and word pairs, by stochastic gradient descent with L2 shrinkage. Only the
 * development corpus is ever given to it; the held-out files are never read here. Deterministic:
 * the same texts give the same file.
 */
import { THEME_IDS, type ThemeId } from '../../data/themes.ts';
import { modelFeatures, type SituationModel } from '../../lib/matcher/model.ts';
import type { CorpusText } from './corpus.ts';

/**
 * The settings of the committed model: weights under 0.2 and words in fewer than 3 texts are
 * dropped; someone else's situation is learnt as one too (`other`), with 0.8 as the threshold: on
 * two interleaved halves of the development corpus (train on one, read the other, both ways, no
 * prior) 80.0 % recall@3 and 50 of 2,508 quiet texts noisy, against 78.6 % and 54 with only the
 * patient's situations learnt and 0.7. Shrinkage (l2) of 0.001 with 0.75 as the threshold: trained
 * on the rest of the development corpus and read on dev50–dev57 with the next two batches before
 * they joined it (1,480 texts, with the prior), 93.2 % recall@3 and 563 of 572 quiet texts quiet,
 * against 92.2 % and 556 with 0.0001 and 0.8 (0.001 and 0.8: 92.1 % and 560; 0.003: 91.1 % and 563).
 */
export const MODEL_OPTIONS = {
  epochs: 15,
  prune: 0.2,
  minTexts: 3,
  threshold: 0.75,
  l2: 0.001,
  quietWeight: 4,
  other: true,
} as const;

export interface TrainOptions {
  epochs?: number;
  /** Weights smaller than this are dropped from the file. */
  prune?: number;
  threshold?: number;
  /** Features seen in fewer texts than this are not learnt. */
  minTexts?: number;
  /** L2 shrinkage per step. */
  l2?: number;
  /** How much more a text that must give nothing counts (its words must not suggest). */
  quietWeight?: number;
  /** Whether someone else's situation (a caller's daughter, a partner) is learnt as one too. */
  other?: boolean;
  trainedOn: string;
}

/** A small seeded generator (mulberry32): the same order of texts on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A situation the text tells of as a need: the patient's, suspected, or someone else's. */
const isPresent = (text: CorpusText, theme: ThemeId, other: boolean) => {
  const m = text.situations[theme];
  return m === 'present' || m === 'uncertain' || (other && m === 'other');
};

export function trainModel(texts: readonly CorpusText[], options: TrainOptions): SituationModel {
  const { epochs = 15, prune = 0.05, threshold = 0.8, minTexts = 2, l2 = 1e-4, quietWeight = 1 } = options;
  const other = options.other ?? false;
  const seen = new Map<string, number>();
  const rows = texts.map((t) => modelFeatures(t.text));
  for (const row of rows) for (const f of row) seen.set(f, (seen.get(f) ?? 0) + 1);
  const features = [...seen].filter(([, n]) => n >= minTexts).map(([f]) => f);
  features.sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const X = rows.map((row) => row.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const themes: SituationModel['themes'] = [];
  for (const theme of THEME_IDS) {
    const y = texts.map((t) => (isPresent(t, theme, other) ? 1 : 0));
    const weightOf = texts.map((t) => (t.top3.length === 0 ? quietWeight : 1));
    const w = new Float64Array(features.length);
    let bias = -2;
    const next = random(0x5eed + themes.length);
    const order = X.map((_, i) => i);
    for (let epoch = 0; epoch < epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j] as number, order[i] as number];
      }
      const rate = 0.3 / (1 + epoch * 0.3);
      for (const i of order) {
        const x = X[i] as number[];
        let z = bias;
        for (const f of x) z += w[f] as number;
        const g =
          ((y[i] as number) - 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))))) * (weightOf[i] as number);
        bias += rate * g;
        for (const f of x) w[f] = (w[f] as number) + rate * (g - l2 * (w[f] as number));
      }
    }
    const kept: number[] = [];
    w.forEach((v, f) => {
      if (Math.abs(v) >= prune) kept.push(f);
    });
    themes.push({
      theme,
      bias: round(bias),
      index: kept,
      weight: kept.map((f) => round(w[f] as number)),
    });
  }
  // Only the features some situation keeps, renumbered.
  const used = [...new Set(themes.flatMap((t) => t.index))].sort((a, b) => a - b);
  const renumber = new Map(used.map((f, i) => [f, i]));
  return {
    version: 1,
    trainedOn: options.trainedOn,
    threshold,
    features: used.map((f) => features[f] as string),
    themes: themes.map((t) => ({ ...t, index: t.index.map((f) => renumber.get(f) as number) })),
  };
}

/** Two decimals: a sum of a few dozen weights stays within a tenth of its exact value. */
const round = (v: number) => Math.round(v * 100) / 100;

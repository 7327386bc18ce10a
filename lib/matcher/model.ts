/**
 * A second reader for what the vocabulary has not seen: per situation, a logistic model over the
 * words and word pairs of a paragraph, trained on the labelled development corpus
 * (scripts/train-model.ts, `npm run train-model`). It only adds a suspicion of a situation that the
 * paragraph does not mention at all; the vocabulary's reading, with its negations, always wins
 * (reader.ts). Its words are the model's own features, never other page text.
 */
import type { SituationModel } from '../../data/model-schema.ts';
import type { ThemeId } from '../../data/themes.ts';
import { foldWord } from './text.ts';

export type { SituationModel };

export interface ModelFinding {
  theme: ThemeId;
  probability: number;
  /** The features that spoke most for it, strongest first. */
  words: string[];
}

export interface CompiledModel {
  read(text: string): ModelFinding[];
  /** Whether a word is one of the model's features. */
  has(word: string): boolean;
}

/** How many words a finding names. */
const WORDS = 3;
/** Paragraphs longer than this are read in their first part only: notes are short. */
const MAX_CHARS = 4000;

/** Web and mail addresses say nothing of the patient ("example.se/sex-mot-ersattning"). */
const ADDRESSES = /\S+@\S+|https?:\/\/\S+|www\.\S+/giu;

/** The folded words of a text, in order. */
export function modelWords(text: string): string[] {
  return foldWord(text.slice(0, MAX_CHARS).replace(ADDRESSES, ' '))
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Words and neighbouring pairs, each once. */
export function modelFeatures(text: string): string[] {
  const words = modelWords(text);
  const out = new Set<string>(words);
  for (let i = 1; i < words.length; i++) out.add(`${words[i - 1]} ${words[i]}`);
  return [...out];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

/** Throws when the model cannot be read as one (a cheap check; the schema is checked in tests). */
function check(model: SituationModel): void {
  const ok =
    model?.version === 1 &&
    Array.isArray(model.features) &&
    Array.isArray(model.themes) &&
    model.threshold > 0 &&
    model.threshold < 1 &&
    model.themes.every(
      (t) =>
        Array.isArray(t.index) &&
        Array.isArray(t.weight) &&
        t.index.length === t.weight.length &&
        Number.isFinite(t.bias) &&
        t.index.every((i) => Number.isInteger(i) && i >= 0 && i < model.features.length) &&
        t.weight.every(Number.isFinite),
    );
  if (!ok) throw new Error('situation model: malformed');
}

export function compileModel(model: SituationModel): CompiledModel {
  check(model);
  const index = new Map<string, number>(model.features.map((f, i) => [f, i]));
  // Words that begin or end a known pair: other pairs are not built at all.
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  for (const f of model.features) {
    const space = f.indexOf(' ');
    if (space < 0) continue;
    firsts.add(f.slice(0, space));
    seconds.add(f.slice(space + 1));
  }
  // Per feature: [theme number, weight] pairs.
  const byFeature: [number, number][][] = model.features.map(() => []);
  model.themes.forEach((t, k) => {
    t.index.forEach((f, j) => {
      byFeature[f]?.push([k, t.weight[j] ?? 0]);
    });
  });
  const n = model.themes.length;
  // Which features a paragraph has: each counts once (the mark of the paragraph's number).
  const marks = new Uint32Array(model.features.length);
  let paragraph = 0;
  return {
    has: (word) => index.has(word),
    read(text) {
      paragraph++;
      const z = model.themes.map((t) => t.bias);
      const found: number[] = [];
      const take = (feature: string) => {
        const f = index.get(feature);
        if (f === undefined || marks[f] === paragraph) return;
        marks[f] = paragraph;
        found.push(f);
        for (const [k, w] of byFeature[f] ?? []) z[k] = (z[k] ?? 0) + w;
      };
      const words = modelWords(text);
      words.forEach((word, i) => {
        take(word);
        const before = words[i - 1];
        if (before !== undefined && firsts.has(before) && seconds.has(word)) take(`${before} ${word}`);
      });
      const out: ModelFinding[] = [];
      for (let k = 0; k < n; k++) {
        const probability = sigmoid(z[k] ?? 0);
        if (probability < model.threshold) continue;
        const weightOf = (f: number) => byFeature[f]?.find(([theme]) => theme === k)?.[1] ?? 0;
        const named = found
          .map((f): [number, number] => [f, weightOf(f)])
          .filter(([, w]) => w > 0)
          .sort((a, b) => b[1] - a[1])
          .slice(0, WORDS)
          .map(([f]) => model.features[f] ?? '');
        out.push({ theme: model.themes[k]?.theme as ThemeId, probability, words: named });
      }
      return out;
    },
  };
}

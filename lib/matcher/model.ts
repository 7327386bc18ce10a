/**
 * A second reader for what the vocabulary has not seen: per situation, a logistic model over the
 * words and word pairs of a text, trained on the labelled development corpus
 * (scripts/train-model.ts, `npm run train-model`). The page reader lets it add only a suspicion of
 * a situation that the paragraph does not mention at all; the vocabulary's reading, with its
 * negations, always wins (reader.ts). Its words are the model's own features, never other page text.
 *
 * A page's paragraph can be a whole chunk of many notes (blocks are joined by single line breaks),
 * so it is read in windows of whole lines of about a note's length (WINDOW), each on its own.
 */
import type { SituationModel } from '../../data/model-schema.ts';
import type { ThemeId } from '../../data/themes.ts';
import { check } from './model-check.ts';
import { isWhole, modelLines, modelWindows, wordParts } from './model-text.ts';
import { finish, type Steps } from './steps.ts';

export type { SituationModel };
export interface ModelFinding {
  theme: ThemeId;
  probability: number;
  /** The features that spoke most for it, strongest first; never one with a digit. */
  words: string[];
}

export interface CompiledModel {
  read(text: string): ModelFinding[];
  /** Whether a word is one of the model's features. */
  has(word: string): boolean;
  /** Per situation, its highest probability over the text's windows, also under the threshold. */
  chances(text: string): Map<ThemeId, number>;
}

/** How many words a finding names. */
const WORDS = 3;
/** Features indexed between two pauses of compileModelSteps. */
const EVERY = 2000;
/** Words whose features a compiled model keeps at hand (featuresOf): a page's own vocabulary. */
const KNOWN_WORDS = 50_000;

export { MAX_CHARS, modelFeatures, modelWindows, modelWords, WINDOW, wordParts } from './model-text.ts';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));

export function compileModel(model: SituationModel): CompiledModel {
  return finish(compileModelSteps(model));
}

/** The same in steps (steps.ts): a page builds it in slices with the rest of the reader. */
export function* compileModelSteps(model: SituationModel): Steps<CompiledModel> {
  check(model);
  const size = model.features.length;
  const n = model.themes.length;
  // Per feature its (theme, weight) pairs, in flat arrays: feature f owns from[f] .. from[f + 1].
  const from = new Int32Array(size + 1);
  for (const t of model.themes) for (const f of t.index) from[f + 1] = (from[f + 1] ?? 0) + 1;
  for (let f = 0; f < size; f++) from[f + 1] = (from[f + 1] ?? 0) + (from[f] ?? 0);
  const themeOf = new Int32Array(from[size] ?? 0);
  const weightOf = new Float64Array(from[size] ?? 0);
  const filled = from.slice(0, size);
  model.themes.forEach((t, k) => {
    t.index.forEach((f, j) => {
      const at = filled[f] as number;
      filled[f] = at + 1;
      themeOf[at] = k;
      weightOf[at] = t.weight[j] ?? 0;
    });
  });
  yield;
  const index = new Map<string, number>();
  // Words that begin or end a known pair: other pairs are not built at all.
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  for (let f = 0; f < size; f++) {
    if (f % EVERY === EVERY - 1) yield;
    const feature = model.features[f] as string;
    index.set(feature, f);
    const space = feature.indexOf(' ');
    if (space < 0) continue;
    firsts.add(feature.slice(0, space));
    seconds.add(feature.slice(space + 1));
  }
  const bias = Float64Array.from(model.themes, (t) => t.bias);
  const z = new Float64Array(n);
  // Which features a window has: each counts once (the mark of the window's number).
  const marks = new Uint32Array(size);
  let window = 0;
  const found: number[] = [];

  // Per word seen, the features it gives (itself, its stem, its head): a page repeats its words, so
  // each is looked up once and the stems and heads are not built again (less garbage on a big page).
  const known = new Map<string, readonly number[]>();
  function featuresOf(word: string): readonly number[] {
    let out = known.get(word);
    if (out === undefined) {
      const list: number[] = [];
      for (const feature of [word, ...wordParts(word)]) {
        const f = index.get(feature);
        if (f !== undefined) list.push(f);
      }
      out = list;
      if (known.size < KNOWN_WORDS) known.set(word, out);
    }
    return out;
  }

  function take(feature: string): void {
    const f = index.get(feature);
    if (f !== undefined) takeIndex(f);
  }

  function takeIndex(f: number): void {
    if (marks[f] === window) return;
    marks[f] = window;
    found.push(f);
    for (let at = from[f] ?? 0; at < (from[f + 1] ?? 0); at++)
      z[themeOf[at] as number] = (z[themeOf[at] as number] ?? 0) + (weightOf[at] ?? 0);
  }

  function weight(f: number, k: number): number {
    for (let at = from[f] ?? 0; at < (from[f + 1] ?? 0); at++)
      if (themeOf[at] === k) return weightOf[at] ?? 0;
    return 0;
  }

  /** One window's features into `found` and its situations' sums into `z`. */
  function score(text: string): void {
    window++;
    found.length = 0;
    z.set(bias);
    for (const words of modelLines(text)) {
      for (let i = 0; i < words.length; i++) {
        const word = words[i] as string;
        for (const f of featuresOf(word)) takeIndex(f);
        const before = words[i - 1];
        if (before !== undefined && firsts.has(before) && seconds.has(word)) take(`${before} ${word}`);
      }
    }
  }

  /** One window's findings into `best` (the most probable window per situation). */
  function readWindow(text: string, best: Map<number, ModelFinding>): void {
    score(text);
    for (let k = 0; k < n; k++) {
      const probability = sigmoid(z[k] ?? 0);
      if (probability < model.threshold || probability <= (best.get(k)?.probability ?? 0)) continue;
      const words = found
        .map((f): [number, number] => [f, weight(f, k)])
        // Numbers are never named: a page's numbers could be an age, a date or part of a phone number.
        // A stem or a head is no word of the note: only whole words and pairs are named.
        .filter(
          ([f, w]) => w > 0 && isWhole(model.features[f] ?? '-') && !/\d/.test(model.features[f] ?? '0'),
        )
        .sort((a, b) => b[1] - a[1])
        .slice(0, WORDS)
        .map(([f]) => model.features[f] ?? '');
      best.set(k, { theme: model.themes[k]?.theme as ThemeId, probability, words });
    }
  }

  return {
    has: (word) => index.has(word),
    read(text) {
      const best = new Map<number, ModelFinding>();
      for (const part of modelWindows(text)) readWindow(part, best);
      return [...best.values()];
    },
    chances(text) {
      const out = new Map<ThemeId, number>();
      for (const part of modelWindows(text)) {
        score(part);
        model.themes.forEach((t, k) => {
          const probability = sigmoid(z[k] ?? 0);
          if (probability > (out.get(t.theme as ThemeId) ?? 0)) out.set(t.theme as ThemeId, probability);
        });
      }
      return out;
    },
  };
}

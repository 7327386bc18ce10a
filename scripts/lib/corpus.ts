/**
 * The labelled corpus (tests/corpus/, FORMAT.md) and how the reader and the ranking score on it:
 * recall of expected resources in the top 3, suggestions on texts that should give none,
 * negation precision and recall, per situation. Used by `npm run bench -- understanding` and by
 * the unit test that pins the figures.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Catalogue } from '../../data/catalogue-schema.ts';
import { readerVocabulary } from '../../lib/catalogue/reader-vocabulary.ts';
import { compileMatcher } from '../../lib/matcher/index.ts';
import type { SituationModel } from '../../lib/matcher/model.ts';
import { SITUATION_MODEL } from '../../lib/matcher/situation-model.ts';
import { guidanceShown } from '../../lib/rank/groups.ts';
import { isPositive, rankSuggestions, summarizePatient } from '../../lib/rank/index.ts';
import type { RankPrior } from '../../lib/rank/prior.ts';
import { RANK_PRIOR } from '../../lib/rank/ranking-prior.ts';

export type Label = 'present' | 'uncertain' | 'negated' | 'denied' | 'hypothetical' | 'other';

export interface CorpusText {
  id: string;
  kind: 'journal' | 'intranet' | 'false-friend';
  text: string;
  situations: Record<string, Label>;
  top3: string[][];
  notTop3: string[];
  patient?: { age?: number; gender?: string; interpreter?: boolean; language?: string };
}

export const CORPUS_DIR = resolve(import.meta.dirname, '../../tests/corpus');

/** tests/corpus/<prefix>.jsonl, <prefix>2.jsonl … <prefix><last>.jsonl, leaving out the numbers in `skip`. */
const numbered = (prefix: string, last: number, skip: readonly number[] = []): string[] => [
  `${prefix}.jsonl`,
  ...Array.from({ length: last - 1 }, (_, i) => i + 2)
    .filter((n) => !skip.includes(n))
    .map((n) => `${prefix}${n}.jsonl`),
];

/** The files of each part: development texts may be tuned on, held-out texts never (dev11 was never written; heldout8 became dev54). */
export const CORPUS_FILES: Readonly<Record<'dev' | 'heldout', readonly string[]>> = {
  dev: numbered('dev', 81, [11]),
  heldout: numbered('heldout', 10, [8]),
};

/**
 * Development files the second reader and the prior are not trained on (the rules are tuned on
 * them as on any development file; their texts are still read, pinned and counted). Each was left
 * out because training on it made the reader worse on dev50–dev60 left out of training and read:
 * dev67 cost 7 to 25 of those 1,881 expected resources, dev69 and dev70 together 14 (1,764 →
 * 1,750), and the share of situations found fell from 89.3 % to 88.5 % with either of them.
 * dev71 came last in that session and was not tried in training. Later: with dev71 in training
 * 1,768 → 1,754; dev72 and dev73 together 1,768 → 1,740; dev74 and dev75 together 1,764 → 1,736.
 * dev76 to dev81 came last and were not tried in training.
 */
export const NOT_TRAINED: readonly string[] = [67, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81].map(
  (n) => `dev${n}.jsonl`,
);

/** The development texts the second reader and the prior are trained on. */
export function readTrainingCorpus(): CorpusText[] {
  return CORPUS_FILES.dev.filter((f) => !NOT_TRAINED.includes(f)).flatMap(readCorpusFile);
}

export function readCorpus(name: keyof typeof CORPUS_FILES): CorpusText[] {
  return CORPUS_FILES[name].flatMap(readCorpusFile);
}

/** One file of the corpus (tests/corpus/<file>). */
export function readCorpusFile(file: string): CorpusText[] {
  return readFileSync(resolve(CORPUS_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusText);
}

export interface TextResult {
  id: string;
  top: string[];
  /** Guidance notes the side panel shows beside the suggestions (duty to report, staff guidance). */
  guidance: string[];
  missed: string[][];
  forbidden: string[];
  /** Situation → what the reader made of it: 'absent', 'negated' (all refused) or 'present'. */
  read: Record<string, 'absent' | 'negated' | 'present'>;
}

export interface Figures {
  texts: number;
  /** Groups met / groups expected. */
  recall: { met: number; total: number };
  /** Texts that should give nothing (top3 empty) and gave a positive suggestion. */
  quiet: { noisy: number; total: number };
  /** False friends (kind false-friend) with any positive suggestion. */
  falseFriends: { noisy: number; total: number };
  forbidden: number;
  negation: { tp: number; fp: number; fn: number };
  /** Situation labelled present/uncertain/other/hypothetical and found (not negated). */
  detection: { found: number; total: number };
  perSituation: Record<string, { met: number; total: number; found: number; labelled: number }>;
  results: TextResult[];
}

export function evaluate(
  corpus: readonly CorpusText[],
  catalogue: Catalogue,
  year = 2026,
  /** The second reader; null reads with the vocabulary alone. */
  model: SituationModel | null = SITUATION_MODEL,
  /** The ranking's prior (lib/rank/prior.ts); null ranks by what resources serve alone. */
  prior: RankPrior | null = RANK_PRIOR,
): Figures {
  const matcher = compileMatcher(readerVocabulary(catalogue), { year, ...(model ? { model } : {}) });
  const f: Figures = {
    texts: corpus.length,
    recall: { met: 0, total: 0 },
    quiet: { noisy: 0, total: 0 },
    falseFriends: { noisy: 0, total: 0 },
    forbidden: 0,
    negation: { tp: 0, fp: 0, fn: 0 },
    detection: { found: 0, total: 0 },
    perSituation: {},
    results: [],
  };
  for (const item of corpus) {
    const scan = matcher.scan(item.text);
    const findings = { hits: scan.hits, named: scan.named, patient: summarizePatient(scan.patient) };
    const ranked = rankSuggestions(findings, catalogue.resources, catalogue.vocabulary, {
      homeRegion: '13',
      ...(prior ? { prior } : {}),
    }).filter((s) => !s.negatedOnly);
    const top = ranked.slice(0, 3).map((s) => s.id);
    // A row can hold a second line (the police beside 112 on acute danger): it is shown as well.
    const beside = ranked.slice(0, 3).flatMap((s) => s.beside ?? []);
    // Guidance is never ranked: the panel shows it as notes beside the suggestions (lib/rank/panel.ts).
    const guidance = guidanceShown(findings, catalogue.resources).map((g) => g.id);
    const shown = [...top, ...beside, ...guidance];
    const missed = item.top3.filter((group) => !group.some((id) => shown.includes(id)));
    const forbidden = item.notTop3.filter((id) => top.includes(id));
    f.recall.total += item.top3.length;
    f.recall.met += item.top3.length - missed.length;
    f.forbidden += forbidden.length;
    if (item.top3.length === 0) {
      f.quiet.total++;
      if (ranked.length + guidance.length > 0) f.quiet.noisy++;
    }
    if (item.kind === 'false-friend') {
      f.falseFriends.total++;
      if (ranked.length + guidance.length > 0) f.falseFriends.noisy++;
    }
    const read: TextResult['read'] = {};
    for (const hit of scan.hits) {
      read[hit.theme] = isPositive(hit) || hit.negated + hit.denied === 0 ? 'present' : 'negated';
    }
    for (const [situation, label] of Object.entries(item.situations)) {
      const got = read[situation] ?? 'absent';
      const s = f.perSituation[situation] ?? { met: 0, total: 0, found: 0, labelled: 0 };
      f.perSituation[situation] = s;
      const refused = label === 'negated' || label === 'denied';
      if (refused) {
        if (got === 'negated') f.negation.tp++;
        else if (got === 'present') f.negation.fn++;
      } else {
        if (got === 'negated') f.negation.fp++;
        f.detection.total++;
        s.labelled++;
        if (got === 'present') {
          f.detection.found++;
          s.found++;
        }
      }
    }
    for (const situation of Object.keys(item.situations)) {
      const s = f.perSituation[situation];
      if (!s) continue;
      s.total += item.top3.length;
      s.met += item.top3.length - missed.length;
    }
    f.results.push({ id: item.id, top, guidance, missed, forbidden, read });
  }
  return f;
}

export const pct = (a: number, b: number): string => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)} %`);

export function negationFigures(n: Figures['negation']): { precision: number; recall: number } {
  return {
    precision: n.tp + n.fp === 0 ? 1 : n.tp / (n.tp + n.fp),
    recall: n.tp + n.fn === 0 ? 1 : n.tp / (n.tp + n.fn),
  };
}

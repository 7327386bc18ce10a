/**
 * `npm run train-model`: trains on the development corpus (tests/corpus/dev*.jsonl but the files
 * in NOT_TRAINED; never the held-out files) the page reader's second reader (data/model/situations.json) and then, with that
 * reader, the ranking's prior (data/model/ranking.json). `npm run train-model -- --check` only says
 * whether the committed files are what training gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readerVocabulary } from '../lib/catalogue/reader-vocabulary.ts';
import { compileMatcher } from '../lib/matcher/index.ts';
import type { SituationModel } from '../lib/matcher/model.ts';
import { summarizePatient } from '../lib/rank/index.ts';
import { CORPUS_FILES, NOT_TRAINED, readTrainingCorpus } from './lib/corpus.ts';
import { catalogueOptions, readCatalogue } from './lib/read-data.ts';
import { MODEL_OPTIONS, trainModel } from './lib/train-model.ts';
import { PRIOR_OPTIONS, trainPrior } from './lib/train-prior.ts';

export const MODEL_FILE = resolve(import.meta.dirname, '../data/model/situations.json');
export const PRIOR_FILE = resolve(import.meta.dirname, '../data/model/ranking.json');

const trainedOn = (n: number) =>
  `development corpus: ${n} texts (tests/corpus/${CORPUS_FILES.dev.filter((f) => !NOT_TRAINED.includes(f)).join(', ')})`;

export function trainedModelText(): string {
  const dev = readTrainingCorpus();
  const model = trainModel(dev, { ...MODEL_OPTIONS, trainedOn: trainedOn(dev.length) });
  return `${JSON.stringify(model)}\n`;
}

/** The prior trained on what the page reader, with `model`, finds in the development corpus. */
export async function trainedPriorText(model: SituationModel): Promise<string> {
  const read = readCatalogue(undefined, await catalogueOptions());
  if (!read.ok) throw new Error(`data/ does not validate: ${JSON.stringify(read.issues.slice(0, 3))}`);
  const catalogue = read.catalogue;
  // The year the corpus's ages are read in, as `npm run bench understanding` reads them.
  const matcher = compileMatcher(readerVocabulary(catalogue), { year: 2026, model });
  const dev = readTrainingCorpus();
  const rows = dev.map((t) => {
    const scan = matcher.scan(t.text);
    return {
      findings: { hits: scan.hits, named: scan.named, patient: summarizePatient(scan.patient) },
      top3: t.top3,
    };
  });
  const prior = trainPrior(rows, catalogue, { ...PRIOR_OPTIONS, trainedOn: trainedOn(dev.length) });
  return `${JSON.stringify(prior, null, 1)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = trainedModelText();
  const prior = await trainedPriorText(JSON.parse(text) as SituationModel);
  if (process.argv.includes('--check')) {
    const stale = [
      [MODEL_FILE, text],
      [PRIOR_FILE, prior],
    ].filter(([file, fresh]) => readFileSync(file as string, 'utf8') !== fresh);
    console.log(
      stale.length === 0
        ? 'data/model/ is up to date'
        : `stale: ${stale.map(([f]) => f).join(', ')}: run npm run train-model`,
    );
    process.exit(stale.length === 0 ? 0 : 1);
  }
  writeFileSync(MODEL_FILE, text);
  writeFileSync(PRIOR_FILE, prior);
  console.log(`wrote data/model/situations.json (${(text.length / 1024).toFixed(0)} KB)`);
  console.log(`wrote data/model/ranking.json (${(prior.length / 1024).toFixed(0)} KB)`);
}

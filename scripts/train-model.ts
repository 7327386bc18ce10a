/**
 * `npm run train-model`: trains the page reader's second reader on the development corpus
 * (tests/corpus/dev*.jsonl; never the held-out files) and writes data/model/situations.json.
 * `npm run train-model -- --check` only says whether the committed file is what training gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CORPUS_FILES, readCorpus } from './lib/corpus.ts';
import { MODEL_OPTIONS, trainModel } from './lib/train-model.ts';

export const MODEL_FILE = resolve(import.meta.dirname, '../data/model/situations.json');

export function trainedModelText(): string {
  const dev = readCorpus('dev');
  const model = trainModel(dev, {
    ...MODEL_OPTIONS,
    trainedOn: `development corpus: ${dev.length} texts (tests/corpus/${CORPUS_FILES.dev.join(', ')})`,
  });
  return `${JSON.stringify(model)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = trainedModelText();
  if (process.argv.includes('--check')) {
    const same = readFileSync(MODEL_FILE, 'utf8') === text;
    console.log(
      same
        ? 'data/model/situations.json is up to date'
        : 'data/model/situations.json is stale: run npm run train-model',
    );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(MODEL_FILE, text);
  console.log(`wrote data/model/situations.json (${(text.length / 1024).toFixed(0)} KB)`);
}

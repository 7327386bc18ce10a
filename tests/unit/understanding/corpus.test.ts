/**
 * Pins the figures of the labelled corpus (npm run bench -- understanding) so a change that makes
 * the reader understand less fails here. The floors are the measured values, rounded down; raise
 * them when the reader gets better. The held-out part is never tuned on: its floor only records.
 */
import { describe, expect, it } from 'vitest';
import {
  CORPUS_FILES,
  evaluate,
  negationFigures,
  readCorpus,
  readCorpusFile,
} from '../../../scripts/lib/corpus.ts';
import { catalogue } from './reader.ts';

const FLOORS = {
  // Negation recall 0.878: dev72–dev79 bring harder context than the files before them.
  dev: { texts: 17209, recall: 0.93, quiet: 0.98, falseFriends: 0.98, negationP: 0.95, negationR: 0.87 },
  heldout: { texts: 1829, recall: 0.92, quiet: 0.96, falseFriends: 0.97, negationP: 0.9, negationR: 0.93 },
} as const;

describe.each(['dev', 'heldout'] as const)('the %s corpus', (name) => {
  const corpus = readCorpus(name);
  const f = evaluate(corpus, catalogue);
  const floor = FLOORS[name];

  it('has unique ids and only known resources and situations', () => {
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
    expect(corpus.length).toBeGreaterThanOrEqual(floor.texts);
    const ids = new Set(catalogue.resources.map((r) => r.id));
    const themes = new Set<string>(catalogue.vocabulary.map((t) => t.id));
    for (const c of corpus) {
      for (const id of [...c.top3.flat(), ...c.notTop3]) expect(ids.has(id), `${c.id}: ${id}`).toBe(true);
      for (const s of Object.keys(c.situations)) expect(themes.has(s), `${c.id}: ${s}`).toBe(true);
    }
  });

  it('finds the expected resources among the first three', () => {
    expect(f.recall.met / f.recall.total).toBeGreaterThanOrEqual(floor.recall);
  });

  it('stays quiet where nothing is expected, false friends included', () => {
    expect(1 - f.quiet.noisy / f.quiet.total).toBeGreaterThanOrEqual(floor.quiet);
    expect(1 - f.falseFriends.noisy / f.falseFriends.total).toBeGreaterThanOrEqual(floor.falseFriends);
  });

  it('reads negations and denials with the pinned precision and recall', () => {
    const n = negationFigures(f.negation);
    expect(n.precision).toBeGreaterThanOrEqual(floor.negationP);
    expect(n.recall).toBeGreaterThanOrEqual(floor.negationR);
  });
});

/**
 * Per file, so a regression on an older batch is not hidden by the newer, harder ones (recall@3,
 * quiet where nothing is expected): the measured values, rounded down, less a point of slack.
 */
const FILE_FLOORS: Record<string, [recall: number, quiet: number]> = {
  'dev.jsonl': [0.97, 0.99], // 0.9879 1.0000
  'dev2.jsonl': [0.97, 0.99], // 0.9877 1.0000
  'dev3.jsonl': [0.96, 0.99], // 0.9775 1.0000
  'dev4.jsonl': [0.98, 0.95], // 0.9901 0.9643
  'dev5.jsonl': [0.96, 0.99], // 0.9770 1.0000
  'dev6.jsonl': [0, 0.98], // 0.0000 0.9950
  'dev7.jsonl': [0.98, 0.99], // 0.9965 1.0000
  'dev8.jsonl': [0.98, 0.99], // 0.9923 1.0000
  'dev9.jsonl': [0.97, 0.95], // 0.9834 0.9655
  'dev10.jsonl': [0.97, 0.92], // 0.9872 0.9342
  'dev12.jsonl': [0.95, 0.99], // 0.9662 1.0000
  'dev13.jsonl': [0.89, 0.95], // 0.9094 0.9600
  'dev14.jsonl': [0.88, 0.99], // 0.8906 1.0000
  'dev15.jsonl': [0.97, 0.99], // 0.9810 1.0000
  'dev16.jsonl': [0.9, 0.96], // 0.9188 0.9750
  'dev17.jsonl': [0.94, 0.97], // 0.9508 0.9833
  'dev18.jsonl': [0.86, 0.97], // 0.8776 0.9833
  'dev19.jsonl': [0.93, 0.96], // 0.9422 0.9778
  'dev20.jsonl': [0.88, 0.99], // 0.8924 1.0000
  'dev21.jsonl': [0, 0.98], // 0.0000 0.9980
  'dev22.jsonl': [0.87, 0.99], // 0.8805 1.0000
  'dev23.jsonl': [0.88, 0.99], // 0.8984 1.0000
  'dev24.jsonl': [0.88, 0.99], // 0.8927 1.0000
  'dev25.jsonl': [0.9, 0.97], // 0.9170 0.9875
  'dev26.jsonl': [0.89, 0.99], // 0.9035 1.0000
  'dev27.jsonl': [0.92, 0.99], // 0.9306 1.0000
  'dev28.jsonl': [0.94, 0.99], // 0.9508 1.0000
  'dev29.jsonl': [0.9, 0.96], // 0.9180 0.9778
  'dev30.jsonl': [0.94, 0.95], // 0.9528 0.9625
  'dev31.jsonl': [0.92, 0.97], // 0.9332 0.9875
  'dev32.jsonl': [0.9, 0.99], // 0.9190 1.0000
  'dev33.jsonl': [0.89, 0.97], // 0.9098 0.9857
  'dev34.jsonl': [0.94, 0.99], // 0.9500 1.0000
  'dev35.jsonl': [0.93, 0.99], // 0.9494 1.0000
  'dev36.jsonl': [0.91, 0.99], // 0.9255 1.0000
  'dev37.jsonl': [0.88, 0.99], // 0.8960 1.0000
  'dev38.jsonl': [0.91, 0.99], // 0.9215 1.0000
  'dev39.jsonl': [0.88, 0.94], // 0.8956 0.9556
  'dev40.jsonl': [0.89, 0.95], // 0.9003 0.9667
  'dev41.jsonl': [0.9, 0.99], // 0.9195 1.0000
  'dev42.jsonl': [0.9, 0.99], // 0.9173 1.0000
  'dev43.jsonl': [0.91, 0.99], // 0.9257 1.0000
  'dev44.jsonl': [0.89, 0.99], // 0.9014 1.0000
  'dev45.jsonl': [0.93, 0.96], // 0.9418 0.9722
  'dev46.jsonl': [0.93, 0.9], // 0.9446 0.9167
  'dev47.jsonl': [0.94, 0.93], // 0.9509 0.9444
  'dev48.jsonl': [0.93, 0.96], // 0.9495 0.9722
  'dev49.jsonl': [0.96, 0.99], // 0.9722 1.0000
  'dev50.jsonl': [0.92, 0.95], // 0.9382 0.9667
  'dev51.jsonl': [0.95, 0.99], // 0.9649 1.0000
  'dev52.jsonl': [0.96, 0.95], // 0.9756 0.9667
  'dev53.jsonl': [0, 0.98], // 0.0000 0.9917
  'dev54.jsonl': [0.96, 0.99], // 0.9745 1.0000
  'dev55.jsonl': [0.94, 0.99], // 0.9529 1.0000
  'dev56.jsonl': [0, 0.99], // 0.0000 1.0000
  'dev57.jsonl': [0.95, 0.99], // 0.9662 1.0000
  'dev58.jsonl': [0.94, 0.99], // 0.9580 1.0000
  'dev59.jsonl': [0, 0.98], // 0.0000 0.9917
  'dev60.jsonl': [0.98, 0.99], // 0.9947 1.0000
  'dev61.jsonl': [0.91, 0.95], // 0.9298 0.9600
  'dev62.jsonl': [0, 0.99], // 0.0000 1.0000
  'dev63.jsonl': [0.99, 0.99], // 1.0000 1.0000
  'dev64.jsonl': [0.95, 0.99], // 0.9664 1.0000
  'dev65.jsonl': [0, 0.94], // 0.0000 0.9571
  'dev66.jsonl': [0.96, 0.89], // 0.9754 0.9000
  'dev67.jsonl': [0.91, 0.99], // 0.9205 1.0000
  'dev68.jsonl': [0.99, 0.98], // 1.0000 0.9917
  'dev69.jsonl': [0.95, 0.99], // 0.9624 1.0000
  'dev70.jsonl': [0.96, 0.99], // 0.9767 1.0000
  'dev71.jsonl': [0.9, 0.91], // 0.9104 0.9231
  'dev72.jsonl': [0.94, 0.96], // 0.9505 0.9759
  'dev73.jsonl': [0.94, 0.99], // 0.9500 1.0000
  'dev74.jsonl': [0.92, 0.99], // 0.9333 1.0000
  'dev75.jsonl': [0.92, 0.96], // 0.9308 0.9718
  'dev76.jsonl': [0, 0.97], // 0.0000 0.9867
  'dev77.jsonl': [0.93, 0.99], // 0.9478 1.0000
  'dev78.jsonl': [0.93, 0.99], // 0.9470 1.0000
  'dev79.jsonl': [0.88, 0.97], // 0.8980 0.9833
  'heldout.jsonl': [0.92, 0.99], // 0.9360 1.0000
  'heldout2.jsonl': [0.95, 0.96], // 0.9604 0.9773
  'heldout3.jsonl': [0.96, 0.96], // 0.9747 0.9710
  'heldout4.jsonl': [0.92, 0.97], // 0.9350 0.9818
  'heldout5.jsonl': [0.89, 0.99], // 0.9007 1.0000
  'heldout6.jsonl': [0.84, 0.96], // 0.8512 0.9778
  'heldout7.jsonl': [0.91, 0.95], // 0.9235 0.9667
  'heldout9.jsonl': [0.93, 0.83], // 0.9420 0.8438
  'heldout10.jsonl': [0.93, 0.95], // 0.9481 0.9688
};

describe('each corpus file', () => {
  it('has a floor', () => {
    expect(Object.keys(FILE_FLOORS).sort()).toEqual([...CORPUS_FILES.dev, ...CORPUS_FILES.heldout].sort());
  });

  it.each(Object.entries(FILE_FLOORS))('%s keeps its recall@3 and quiet', (file, [recall, quiet]) => {
    const f = evaluate(readCorpusFile(file), catalogue);
    if (f.recall.total > 0) expect(f.recall.met / f.recall.total).toBeGreaterThanOrEqual(recall);
    if (f.quiet.total > 0) expect(1 - f.quiet.noisy / f.quiet.total).toBeGreaterThanOrEqual(quiet);
  });
});

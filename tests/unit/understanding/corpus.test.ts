/**
 * Pins the figures of the labelled corpus (npm run bench -- understanding) so a change that makes
 * the reader understand less fails here. The floors are the measured values, rounded down; raise
 * them when the reader gets better. The held-out part is never tuned on: its floor only records.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, negationFigures, readCorpus } from '../../../scripts/lib/corpus.ts';
import { catalogue } from './reader.ts';

const FLOORS = {
  dev: { texts: 3259, recall: 0.86, quiet: 0.96, falseFriends: 0.98, negationP: 0.95, negationR: 0.91 },
  heldout: { texts: 1099, recall: 0.82, quiet: 0.94, falseFriends: 0.93, negationP: 0.92, negationR: 0.92 },
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

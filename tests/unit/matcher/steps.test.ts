/**
 * The content script compiles the vocabulary in slices (entrypoints/context.content/compile.ts):
 * the steps must come often enough to slice on, and the matcher they give must be the one
 * compileMatcher gives in one go.
 */
import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  compileMatcherSteps,
  finish,
  runUntil,
  type Steps,
} from '../../../lib/matcher/index.ts';
import { compilePassSteps } from '../../../lib/matcher/pass.ts';
import { compileTerm } from '../../../lib/matcher/patterns.ts';
import { STEP } from '../../../lib/matcher/steps.ts';
import { loadVocabulary } from './load-themes.ts';

const vocabulary = loadVocabulary();
const terms =
  [...vocabulary.themes, ...vocabulary.parts].reduce((n, s) => n + s.terms.length, 0) +
  vocabulary.named.reduce((n, r) => n + r.aliases.length, 0);

const TEXTS = [
  'Pat berättar att sambon har slagit henne upprepade gånger, rädd för honom.',
  'Flicka 13 år, får pengar och cigaretter mot att hon gör sexuella saker. Hänvisad till Terrafem.',
  'Har inget eget boende och säljer sex för att ha någonstans att bo. Rutinfråga ställd, pat förnekar våld.',
  'Sex veckor sedan op. Ersättning från Försäkringskassan. BT 112/70.',
];

function* counted<T>(steps: Steps<T>, count: { n: number }): Steps<T> {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
    count.n++;
    yield;
  }
}

describe('compiling the matcher in steps', () => {
  it('yields at least once per STEP terms, so no slice has to compile the whole vocabulary', () => {
    const count = { n: 0 };
    finish(counted(compileMatcherSteps(vocabulary, { year: 2026 }), count));
    expect(terms).toBeGreaterThan(4 * STEP);
    // Terms are compiled, then the skipping pass reads them again: both loops yield.
    expect(count.n).toBeGreaterThanOrEqual(2 * Math.floor(terms / STEP));
  });

  it('yields inside the skipping pass too, not only while compiling terms', () => {
    const compiled = [...vocabulary.themes, ...vocabulary.parts].flatMap((set, i) =>
      set.terms.map((t) => compileTerm(t, i)),
    );
    const count = { n: 0 };
    expect(finish(counted(compilePassSteps(compiled), count))).not.toBeNull();
    expect(count.n).toBeGreaterThanOrEqual(Math.floor(compiled.length / STEP));
  });

  it('gives the same scans in slices as in one go', () => {
    const whole = compileMatcher(vocabulary, { year: 2026 });
    const steps = compileMatcherSteps(vocabulary, { year: 2026 });
    // A clock that says every slice is over at once: one step per slice.
    let slices = 0;
    let done: ReturnType<typeof runUntil<ReturnType<typeof compileMatcher>>>;
    do {
      done = runUntil(steps, 0, () => 1);
      slices++;
    } while (done === undefined);
    expect(slices).toBeGreaterThan(terms / STEP);
    for (const text of TEXTS) expect(done.value.scan(text)).toEqual(whole.scan(text));
  });

  it('runs on to the end within one slice when the deadline allows', () => {
    const done = runUntil(compileMatcherSteps(vocabulary, { year: 2026 }), 1, () => 0);
    expect(done).toBeDefined();
    expect(done?.value.scan(TEXTS[0] ?? '').hits.map((h) => h.theme)).toContain('vald-nara-relation');
  });
});

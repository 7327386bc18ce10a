/**
 * The remote document validated in pieces (lib/catalogue/validate-steps.ts) says what the
 * one-piece validateDocument says, pauses between situations and parts as it does between
 * resources, and the hours engine is warmed in pieces of its own (lib/hours/warm.ts).
 */
import { describe, expect, it } from 'vitest';
import { validateDocument } from '../../../lib/catalogue/validate.ts';
import { validateDocumentSteps } from '../../../lib/catalogue/validate-steps.ts';
import { checkHours } from '../../../lib/hours/compile.ts';
import { WARM_EXPRESSIONS, warmHoursSteps } from '../../../lib/hours/warm.ts';
import { runToEnd } from '../../../lib/ingest/slices.ts';
import { nationalDocument } from '../../../scripts/national-document.ts';

const DOC = nationalDocument({ count: 40, version: '2026-12-06.1', hoursExpressions: 10 });

function steps(data: unknown) {
  const task = validateDocumentSteps(data, 'remote', { checkHours });
  let pauses = 0;
  for (;;) {
    const step = task.next();
    if (step.done) return { result: step.value, pauses };
    pauses += 1;
  }
}

const sorted = (issues: { path: string; message: string }[]) =>
  issues.map((i) => `${i.path}: ${i.message}`).sort();

describe('validateDocumentSteps', () => {
  it('accepts a valid document with the same catalogue as validateDocument', () => {
    const whole = validateDocument(structuredClone(DOC), 'remote', { checkHours });
    const { result, pauses } = steps(structuredClone(DOC));
    expect(result).toEqual(whole);
    expect(result.ok).toBe(true);
    // At least one pause per situation and per four parts, besides those between resources.
    expect(pauses).toBeGreaterThan(DOC.vocabulary.length + DOC.parts.length / 4 + DOC.resources.length / 4);
  });

  it.each([
    ['a broken situation', (d: typeof DOC) => Object.assign(d.vocabulary[2] as object, { label: 5 })],
    ['a broken part', (d: typeof DOC) => Object.assign(d.parts[5] as object, { terms: 'x' })],
    ['an unknown field at the top', (d: typeof DOC) => Object.assign(d, { extra: 1 })],
    ['a vocabulary that is no list', (d: typeof DOC) => Object.assign(d, { vocabulary: {} })],
    ['parts that are no list', (d: typeof DOC) => Object.assign(d, { parts: 'none' })],
    [
      'a broken resource and a broken situation',
      (d: typeof DOC) => {
        Object.assign(d.resources[3] as object, { name: '' });
        Object.assign(d.vocabulary[0] as object, { id: 7 });
      },
    ],
  ])('refuses %s with the issues validateDocument gives, at the same paths', (_what, spoil) => {
    const bad = structuredClone(DOC);
    spoil(bad);
    const whole = validateDocument(structuredClone(bad), 'remote', { checkHours });
    const { result } = steps(bad);
    expect(result.ok).toBe(false);
    expect(whole.ok).toBe(false);
    if (result.ok || whole.ok) return;
    expect(sorted(result.issues)).toEqual(sorted(whole.issues));
  });

  it('refuses a situation a part list names but the document lacks, after parsing in pieces', () => {
    const bad = structuredClone(DOC);
    bad.parts = [];
    const { result } = steps(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.message).toMatch(/no part "/);
  });
});

describe('warmHoursSteps', () => {
  it('reads every warm-up expression, each a clean one, pausing after each check and each evaluation', () => {
    for (const osm of WARM_EXPRESSIONS) expect(checkHours(osm)).toBeNull();
    const task = warmHoursSteps(20_000);
    let pauses = 0;
    while (!task.next().done) pauses += 1;
    expect(pauses).toBeGreaterThanOrEqual(2 * WARM_EXPRESSIONS.length);
    expect(runToEnd(warmHoursSteps(20_000))).toBeUndefined();
  });
});

/**
 * Bad catalogue data never crashes the validator, always says which file and field, and a bad
 * remote catalogue never replaces the last good one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateDocument, validateFiles } from '../../lib/catalogue/validate.ts';
import { applyOutcome, INITIAL_STATE, type RemoteState } from '../../lib/remote/remote-catalogue.ts';
import { readJsonDir } from './data-files.ts';
import { mutationOf } from './mutate.ts';

const resources = readJsonDir('resources').map(({ name, data }) => ({
  file: `data/resources/${name}.json`,
  data,
}));
const themes = readJsonDir('vocabulary').map(({ name, data }) => ({
  file: `data/vocabulary/${name}.json`,
  data,
}));
const parts = readJsonDir('vocabulary/parts').map(({ name, data }) => ({
  file: `data/vocabulary/parts/${name}.json`,
  data,
}));
const files = new Set([...resources, ...themes, ...parts].map((f) => f.file));
const baseline = validateFiles(resources, themes, {}, parts);
if (!baseline.ok) throw new Error(`data/ does not validate: ${JSON.stringify(baseline.issues[0])}`);
const document = JSON.parse(JSON.stringify(baseline.catalogue)) as unknown;
const URL_ = 'https://katalog.example.se/hanvisa.json';
const RUNS = { numRuns: 150 };

function namesFileAndField(result: ReturnType<typeof validateFiles>): void {
  if (result.ok) return;
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) {
    expect(files.has(issue.file), issue.file).toBe(true);
    expect(issue.path).toMatch(/\S/);
    expect(issue.message).toMatch(/\S/);
  }
}

// Each property validates the whole vocabulary many times: seconds on a quiet machine, more on a
// shared one. A generous timeout, not a speed check.
describe('catalogue schema under random damage', { timeout: 30_000 }, () => {
  it('the real data validates (the baseline the mutations start from)', () => {
    expect(baseline.ok).toBe(true);
    expect(resources.length).toBeGreaterThan(20);
  });

  it('a damaged resource file: no throw; valid, or issues that name the file and the field', () => {
    const index = fc.nat({ max: resources.length - 1 });
    const arb = index.chain((i) => fc.tuple(fc.constant(i), mutationOf(resources[i]?.data)));
    fc.assert(
      fc.property(arb, ([i, data]) => {
        const input = resources.map((f, j) => (j === i ? { ...f, data } : f));
        namesFileAndField(validateFiles(input, themes, {}, parts));
      }),
      RUNS,
    );
  });

  it('a damaged situation or part file: no throw; valid, or issues that name the file and the field', () => {
    const vocabulary = [...themes, ...parts];
    const index = fc.nat({ max: vocabulary.length - 1 });
    const arb = index.chain((i) => fc.tuple(fc.constant(i), mutationOf(vocabulary[i]?.data)));
    fc.assert(
      fc.property(arb, ([i, data]) => {
        const damage = <T extends { data: unknown }>(list: T[], offset: number) =>
          list.map((f, j) => (j + offset === i ? { ...f, data } : f));
        namesFileAndField(validateFiles(resources, damage(themes, 0), {}, damage(parts, themes.length)));
      }),
      RUNS,
    );
  });

  it('a damaged catalogue document: no throw; valid, or issues with a path', () => {
    fc.assert(
      fc.property(mutationOf(document), (data) => {
        const result = validateDocument(data, 'remote');
        if (!result.ok) for (const issue of result.issues) expect(issue.path).toMatch(/\S/);
      }),
      RUNS,
    );
  });

  it('anything at all as a document is rejected without a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (data) => {
        expect(validateDocument(data, 'remote').ok).toBe(false);
      }),
      RUNS,
    );
  });
});

describe('a bad remote catalogue keeps the last good one', { timeout: 30_000 }, () => {
  const validate = (data: unknown) => validateDocument(data, 'remote');
  const first = applyOutcome(
    INITIAL_STATE,
    URL_,
    { kind: 'body', body: new TextEncoder().encode(JSON.stringify(document)), etag: null },
    new Date(),
    validate,
  );
  const good: RemoteState = first.state;

  it('the real catalogue is taken as the good one', () => {
    expect(first.swap).not.toBeNull();
    expect(good.good?.url).toBe(URL_);
  });

  it('damaged bodies, random text and failures never swap in a broken catalogue', () => {
    const body = fc.oneof(
      mutationOf(document).map((d) => JSON.stringify(d) ?? 'undefined'),
      fc.string({ maxLength: 200 }),
      fc.string({ maxLength: 200 }).map((s) => `{"format":${JSON.stringify(s)}`),
    );
    fc.assert(
      fc.property(body, (text) => {
        const step = applyOutcome(
          good,
          URL_,
          { kind: 'body', body: new TextEncoder().encode(text), etag: '"x"' },
          new Date(),
          validate,
        );
        if (step.swap === null) {
          // Nothing swapped: the catalogue in use is still the good one.
          expect(step.state.good?.version).toBe(good.good?.version);
          expect(step.state.good?.url).toBe(URL_);
        } else {
          expect(validate(step.swap).ok).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

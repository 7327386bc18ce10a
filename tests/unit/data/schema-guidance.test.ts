import { describe, expect, it } from 'vitest';
import { ResourceSchema } from '../../../data/schema.ts';
import { validateDocument } from '../../../lib/catalogue/validate.ts';

type Draft = Record<string, unknown>;
const SOURCE = 'https://example.se/manual';

/** A small guidance entry: no service fields, steps with their source, a verified law reference. */
function draft(): Draft {
  return {
    id: 'test-vagledning',
    kind: 'guidance',
    name: 'Testvägledning',
    organisation: 'Testmyndigheten',
    purpose: 'Vad du gör i testsituationen, steg för steg.',
    audience: ['staff'],
    coverage: { scope: 'national' },
    steps: [{ text: 'Ring testlinjen under kontorstid.', source: SOURCE }],
    law: [{ ref: '1 kap. 1 § testlagen (2001:1)', source: SOURCE }],
    related: ['test-linjen'],
    situations: ['manniskohandel'],
    sources: [{ url: SOURCE, label: 'Testmanualen', kind: 'authority' }],
    verified: '2026-12-06',
  };
}

function issuesOf(value: Draft): { path: PropertyKey[]; message: string }[] {
  const parsed = ResourceSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map(({ path, message }) => ({ path, message }));
}

describe('guidance entries', () => {
  it('may have words that show a page is about the routine ("orosanmälan"), in the aliases', () => {
    expect(issuesOf({ ...draft(), aliases: ['orosanmälan', 'anmäla oro'] })).toEqual([]);
    expect(issuesOf({ ...draft(), aliases: ['oros  anmälan'] })).not.toEqual([]);
  });

  it('need no service fields: they read as unknown, never as a service with no channels', () => {
    const parsed = ResourceSchema.parse(draft());
    expect(parsed).toMatchObject({
      channels: [],
      anonymity: 'unknown',
      cost: 'unknown',
      languages: 'unknown',
      serves: {},
      aliases: [],
      eligibility: { age: 'unknown', gender: 'unknown', hbtqi: 'unknown' },
    });
  });

  it.each([
    ['serve a situation in ranking', { serves: { manniskohandel: 1 } }, ['serves'], /leave `serves` empty/],
    ['have no steps', { steps: [] }, ['steps'], /at least one step/],
    [
      'cite a law without a source',
      { law: [{ ref: '1 kap. 1 § testlagen' }] },
      ['law', 0, 'source'],
      /needs `source`/,
    ],
    ['name an unknown situation', { situations: ['eskort'] }, ['situations', 0], /expected one of/],
  ] as const)('may not %s', (_, patch, path, message) => {
    expect(issuesOf({ ...draft(), ...patch })).toContainEqual({
      path,
      message: expect.stringMatching(message),
    });
  });

  it('point only to resources and sources the catalogue has', () => {
    const broken = {
      ...draft(),
      steps: [{ text: 'Ring testlinjen under kontorstid.', source: 'https://x.se/' }],
    };
    const result = validateDocument(
      { format: 'hanvisa-catalogue/1', version: 't', resources: [broken], vocabulary: [] },
      'doc.json',
    );
    expect(result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      expect.stringMatching(/^steps\[0\]\.source: "https:\/\/x\.se\/" is not in this resource's sources/),
      'related[0]: no resource with id "test-linjen" in the catalogue',
    ]);
  });
});

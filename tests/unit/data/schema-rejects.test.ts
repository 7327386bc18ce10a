import { describe, expect, it } from 'vitest';
import { ResourceSchema } from '../../../data/schema.ts';
import { isAfter, todayInStockholm } from './checks.ts';

type Draft = Record<string, unknown>;

/** A small, valid helpline; each case below breaks one thing in a fresh copy. */
function validResource(): Draft {
  return {
    id: 'test-linjen',
    kind: 'helpline',
    name: 'Testlinjen',
    organisation: 'Testorganisationen',
    purpose: 'Stödtelefon som bara finns i testerna.',
    audience: ['patient', 'staff'],
    eligibility: { age: { min: 15, max: 25 }, gender: ['any'], hbtqi: false },
    channels: [{ type: 'phone', number: '020-50 50 50', hours: { osm: 'Mo-Fr 09:00-16:00' } }],
    anonymity: 'anonymous',
    cost: { free: true },
    languages: 'unknown',
    coverage: { scope: 'regions', regions: ['13'] },
    serves: { 'sex-mot-ersattning': 0.8 },
    aliases: ['Testlinjen'],
    sources: [{ url: 'https://example.se/testlinjen', label: 'Testkälla' }],
    verified: '2026-01-15',
  };
}

function issuesOf(draft: Draft): { path: PropertyKey[]; message: string }[] {
  const parsed = ResourceSchema.safeParse(draft);
  return parsed.success ? [] : parsed.error.issues.map(({ path, message }) => ({ path, message }));
}

/** [what is broken, fields to overwrite, expected issue path, expected message]. */
const cases: [string, Draft, PropertyKey[], RegExp][] = [
  ['no source', { sources: [] }, ['sources'], /every resource needs at least one source/],
  ['missing sources field', { sources: undefined }, ['sources'], /expected array/],
  [
    'http source',
    { sources: [{ url: 'http://example.se/', label: 'x' }] },
    ['sources', 0, 'url'],
    /use a full https:\/\/ address/,
  ],
  [
    'bad phone number',
    { channels: [{ type: 'phone', number: '0205050 50x', hours: 'unknown' }] },
    ['channels', 0, 'number'],
    /write the number as it is said/,
  ],
  [
    'age min above max',
    { eligibility: { age: { min: 25, max: 15 }, gender: ['any'], hbtqi: false } },
    ['eligibility', 'age'],
    /min must not be above max/,
  ],
  ['unknown situation', { serves: { 'sex-mot-ersattning': 1, eskort: 0.5 } }, ['serves'], /"eskort"/],
  [
    'fit above 1',
    { serves: { 'sex-mot-ersattning': 2 } },
    ['serves', 'sex-mot-ersattning'],
    /a fit from 0 to 1/,
  ],
  ['the old theme list', { themes: ['sex-mot-ersattning'] }, [], /Unrecognized key: "themes"/],
  ['alias with punctuation', { aliases: ['Testlinjen!'] }, ['aliases', 0], /letters and digits/],
  ['wrong kind', { kind: 'hotline' }, ['kind'], /Invalid discriminator value.*'helpline'/],
  ['extra field', { phone: '112' }, [], /Unrecognized key: "phone"/],
  [
    'extra channel field',
    { channels: [{ type: 'web', url: 'https://example.se/', hours: '24/7' }] },
    ['channels', 0],
    /Unrecognized key: "hours"/,
  ],
  ['training without format', { kind: 'training', duration: 'unknown' }, ['format'], /expected one of "web"/],
  ['impossible date', { verified: '2026-02-30' }, ['verified'], /write the date as YYYY-MM-DD/],
  ['id not kebab-case', { id: 'Test_Linjen' }, ['id'], /kebab-case/],
  ['over-long purpose', { purpose: 'x'.repeat(161) }, ['purpose'], /160 characters/],
  [
    'region name instead of code',
    { coverage: { scope: 'regions', regions: ['Halland'] } },
    ['coverage', 'regions', 0],
    /use two-digit Swedish county codes/,
  ],
  ['"unknown" misspelt', { cost: 'okänd' }, ['cost'], /Invalid input/],
];

describe('ResourceSchema', () => {
  it('accepts the valid fixture, so each rejection below is caused by its one change', () => {
    expect(issuesOf(validResource())).toEqual([]);
  });

  it.each(cases)('rejects %s', (_, patch, path, message) => {
    const issues = issuesOf({ ...validResource(), ...patch });
    expect(issues.length).toBeGreaterThan(0);
    expect(issues).toContainEqual({ path, message: expect.stringMatching(message) });
  });

  it('accepts a future verified date: that check lives in the hygiene test', () => {
    expect(issuesOf({ ...validResource(), verified: '2999-01-01' })).toEqual([]);
    expect(isAfter('2999-01-01', todayInStockholm())).toBe(true);
  });
});

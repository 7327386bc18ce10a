import { describe, expect, it } from 'vitest';
import { ResourceSchema } from '../../../data/schema.ts';
import { validateDocument } from '../../../lib/catalogue/validate.ts';

type Draft = Record<string, unknown>;
const SOURCE = 'https://example.se/testlinjen';
const OTHER = 'https://example.se/nyhet';

/** A valid helpline using every new shape: each case below breaks one thing in a fresh copy. */
function draft(): Draft {
  return {
    id: 'test-linjen',
    kind: 'helpline',
    name: 'Testlinjen',
    organisation: 'Testorganisationen',
    purpose: 'Stödtelefon som bara finns i testerna.',
    audience: ['patient', 'staff'],
    eligibility: {
      age: 'unknown',
      ageBySite: [
        { site: 'Göteborg', age: 'none' },
        { site: 'Stockholm', age: { min: 18, max: null }, note: 'Yngre hänvisas vidare', source: SOURCE },
      ],
      gender: ['any'],
      hbtqi: false,
    },
    channels: [
      { type: 'phone', number: '020-50 50 50', hours: { osm: 'Mo-Fr 09:00-16:30', source: OTHER } },
      { type: 'chat', url: 'unknown', hours: { status: 'unknown', note: 'Kontorstid vardagar' } },
      { type: 'email', address: 'unknown', note: 'Mejl via webbplatsen', source: SOURCE },
      { type: 'visit', address: 'unknown', hours: 'unknown', note: 'Filial i Varberg' },
    ],
    anonymity: 'anonymous',
    cost: { status: 'unknown', note: 'Materialet är gratis; rådgivningen nämns inte' },
    languages: 'unknown',
    coverage: { scope: 'national' },
    serves: { 'vald-nara-relation': 0.5 },
    sources: [
      { url: SOURCE, label: 'Testkälla', kind: 'organisation', date: '2024-04-16' },
      { url: OTHER, label: 'Nyhet', kind: 'secondary', date: '2014', dateInferred: true },
    ],
    verified: '2026-01-15',
  };
}

function issuesOf(value: Draft): { path: PropertyKey[]; message: string }[] {
  const parsed = ResourceSchema.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map(({ path, message }) => ({ path, message }));
}

const eligibility = (patch: Draft) => ({ ...(draft().eligibility as Draft), ...patch });
const source = (patch: Draft) => ({ sources: [{ url: SOURCE, label: 'Testkälla', ...patch }] });

const cases: [string, Draft, PropertyKey[], RegExp][] = [
  ['a note-less unknown', { cost: { status: 'unknown' } }, ['cost'], /write "unknown", \{ "status"/],
  [
    'a misspelt unknown hours',
    { channels: [{ type: 'chat', url: 'unknown', hours: 'okänt' }] },
    ['channels', 0, 'hours'],
    /write "unknown"/,
  ],
  [
    'a bad e-mail address',
    { channels: [{ type: 'email', address: 'bris.se' }] },
    ['channels', 0, 'address'],
    /plain e-mail address|Invalid input/,
  ],
  [
    'an age narrower than a site',
    { eligibility: eligibility({ age: { min: 18, max: null } }) },
    ['eligibility', 'age'],
    /must not shut out anyone a site/,
  ],
  [
    'an empty ageBySite',
    { eligibility: eligibility({ ageBySite: [] }) },
    ['eligibility', 'ageBySite'],
    /too small|at least 1/i,
  ],
  [
    'an unknown source kind',
    source({ kind: 'news' }),
    ['sources', 0, 'kind'],
    /"organisation", "authority" or "secondary"/,
  ],
  [
    'a date with a day that does not exist',
    source({ date: '2014-02-30' }),
    ['sources', 0, 'date'],
    /no such day/,
  ],
  [
    'a date written the Swedish way',
    source({ date: '16 april 2024' }),
    ['sources', 0, 'date'],
    /YYYY, YYYY-MM or YYYY-MM-DD/,
  ],
  [
    'an inferred date without a date',
    source({ dateInferred: true }),
    ['sources', 0, 'dateInferred'],
    /needs a date/,
  ],
];

describe('ResourceSchema: notes on unknowns, site ages, source kinds and dates', () => {
  it('accepts the draft', () => {
    expect(issuesOf(draft())).toEqual([]);
  });

  it('takes an age that covers every site', () => {
    expect(issuesOf({ ...draft(), eligibility: eligibility({ age: 'none' }) })).toEqual([]);
    const ages = [
      { site: 'Malmö', age: { min: 15, max: null } },
      { site: 'Borås', age: { min: 18, max: 25 } },
    ];
    expect(
      issuesOf({ ...draft(), eligibility: eligibility({ age: { min: 15, max: null }, ageBySite: ages }) }),
    ).toEqual([]);
  });

  it.each(cases)('rejects %s, saying what to fix', (_, patch, path, message) => {
    expect(issuesOf({ ...draft(), ...patch })).toContainEqual({
      path,
      message: expect.stringMatching(message),
    });
  });
});

describe('source references across a catalogue', () => {
  const document = (resource: Draft) => ({
    format: 'hanvisa-catalogue/1',
    version: 't',
    resources: [resource],
    vocabulary: [],
  });

  it('names the field of a fact whose source is not listed', () => {
    const broken = draft();
    (broken.channels as Draft[])[0] = {
      type: 'phone',
      number: '112',
      hours: 'unknown',
      source: 'https://example.se/x',
    };
    const result = validateDocument(document(broken), 'doc.json');
    expect(result.ok ? [] : result.issues).toEqual([
      {
        file: 'doc.json resources[0]',
        path: 'channels[0].source',
        message: expect.stringMatching(/is not in this resource's sources: add it to `sources`/),
      },
    ]);
  });

  it('passes when every reference is listed', () => {
    expect(validateDocument(document(draft()), 'doc.json').ok).toBe(true);
  });
});

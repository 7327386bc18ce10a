/**
 * The administrator's policy and the user's settings file under random input: never a throw, a
 * clear reason, and (for the import) nothing half-written — the result is whole or a refusal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS, PolicySchema } from '../../data/policy-schema.ts';
import { parsePolicy } from '../../lib/policy/policy.ts';
import { exportSettings, parseSettingsFile, SettingsFileSchema } from '../../lib/policy/settings-io.ts';
import { hostileValue, mutationOf } from './mutate.ts';

const RUNS = { numRuns: 300 };

const GOOD_POLICY = {
  homeRegion: '13',
  pageContextHosts: ['*.journal.example.se', 'intranat.example.se'],
  catalogueUrl: 'https://katalog.example.se/hanvisa.json',
  catalogueKeys: [
    'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAENn6fL0SDeUg+xiDNmpgfhvDjLeExXeHWAje0PiS+c4JpHIuN2B/amK/kvNcRQbmt2I1pnmxNy5IZfYp4LSUCHw==',
  ],
  catalogueMaxMB: 40,
  refreshMinutes: 60,
  hiddenResources: ['bris'],
  handoutLines: ['sos-112', 'vardguiden-1177'],
  journalTemplate: '{name}, tel. {phone}',
  ageFromPersonnummer: 'allowed',
  patientFromNote: 'default',
  pageContext: true,
  discreetByDefault: true,
  disabledFeatures: [],
};

describe('policy (lib/policy/policy.ts parsePolicy)', () => {
  it('the good policy is taken whole', () => {
    expect(parsePolicy(GOOD_POLICY)).toEqual({ policy: GOOD_POLICY, warnings: [] });
  });

  it('anything at all: no throw, the result always satisfies the schema, warnings are strings', () => {
    const raw = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...POLICY_KEYS, 'unknownKey', '__proto__'), hostileValue),
      mutationOf(GOOD_POLICY),
    );
    fc.assert(
      fc.property(raw, (value) => {
        const { policy, warnings } = parsePolicy(value);
        expect(PolicySchema.safeParse(policy).success).toBe(true);
        for (const w of warnings) expect(typeof w).toBe('string');
        expect(Object.getPrototypeOf(policy)).toBe(Object.prototype);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      RUNS,
    );
  });

  it('one bad key never switches off the good ones', () => {
    const key = fc.constantFrom(...POLICY_KEYS);
    fc.assert(
      fc.property(key, hostileValue, (k, bad) => {
        const { policy } = parsePolicy({ ...GOOD_POLICY, [k]: bad });
        for (const other of POLICY_KEYS) if (other !== k) expect(policy[other]).toEqual(GOOD_POLICY[other]);
      }),
      RUNS,
    );
  });

  it('a present but broken key list never relaxes into "no signature required"', () => {
    fc.assert(
      fc.property(hostileValue, (bad) => {
        const keys = parsePolicy({ catalogueKeys: bad }).policy.catalogueKeys;
        expect(Array.isArray(keys)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never lets a catalogue address other than https (or local http) through', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string()), (url) => {
        const address = parsePolicy({ catalogueUrl: url }).policy.catalogueUrl;
        if (address === undefined) return;
        const u = new URL(address);
        expect(u.protocol === 'https:' || ['127.0.0.1', 'localhost'].includes(u.hostname)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('settings import (lib/policy/settings-io.ts parseSettingsFile)', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  const good = exportSettings(
    {
      homeRegion: '13',
      ageFromPersonnummer: false,
      patientFromNote: true,
      journalTemplate: '{name}',
      locale: 'sv',
    },
    [
      { id: 'bris', name: 'BRIS', addedAt: '2026-11-01T08:00:00.000Z' },
      { id: 'umo', name: 'UMO', addedAt: '2026-11-02T08:00:00.000Z' },
    ],
    now,
  );
  const goodDoc = JSON.parse(good) as unknown;

  it('a file it exported imports back unchanged', () => {
    const result = parseSettingsFile(good);
    expect(result.ok && result.file).toEqual(goodDoc);
  });

  it('random text: no throw, a Swedish reason', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const result = parseSettingsFile(text);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason).toMatch(/Filen|Inget/);
      }),
      RUNS,
    );
  });

  it('a damaged export: either a whole valid file or a refusal that names the field', () => {
    fc.assert(
      fc.property(mutationOf(goodDoc), (doc) => {
        const result = parseSettingsFile(JSON.stringify(doc) ?? '');
        if (result.ok) expect(SettingsFileSchema.safeParse(result.file).success).toBe(true);
        else expect(result.reason.length).toBeGreaterThan(10);
      }),
      RUNS,
    );
  });

  it('refuses an oversized file before parsing it', () => {
    const huge = `{"format":"hanvisa-settings/1","pad":"${'x'.repeat(300 * 1024)}"}`;
    expect(parseSettingsFile(huge).ok).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { isFeatureOff, parsePolicy } from '../../../lib/policy/policy.ts';

describe('parsePolicy', () => {
  it('accepts a full valid policy unchanged and without warnings', () => {
    const raw = {
      homeRegion: '13',
      pageContextHosts: ['journal.example.se', '*.intra.example.se', '127.0.0.1:8080'],
      catalogueUrl: 'https://intra.example.se/hanvisa/catalogue.json',
      refreshMinutes: 60,
      hiddenResources: ['sexit'],
      journalTemplate: '{name}, tel. {phone}',
      ageFromPersonnummer: 'allowed',
      patientFromNote: 'off',
      pageContext: true,
      disabledFeatures: ['qrCode', 'patientFromNote'],
    };
    expect(parsePolicy(raw)).toEqual({ policy: raw, warnings: [] });
  });

  it('treats a missing or empty policy as no policy', () => {
    expect(parsePolicy(undefined)).toEqual({ policy: {}, warnings: [] });
    expect(parsePolicy({})).toEqual({ policy: {}, warnings: [] });
  });

  it('applies a partial policy', () => {
    expect(parsePolicy({ homeRegion: '14' }).policy).toEqual({ homeRegion: '14' });
  });

  it('ignores a key with a wrong type, warns, and keeps the rest', () => {
    const { policy, warnings } = parsePolicy({ homeRegion: 13, refreshMinutes: '60', pageContext: false });
    expect(policy).toEqual({ pageContext: false });
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toContain('"homeRegion"');
    expect(warnings[1]).toContain('"refreshMinutes"');
  });

  it('rejects values outside the allowed ranges', () => {
    const { policy, warnings } = parsePolicy({
      refreshMinutes: 1,
      homeRegion: '99',
      ageFromPersonnummer: 'yes',
      patientFromNote: false,
    });
    expect(policy).toEqual({});
    expect(warnings).toHaveLength(4);
  });

  it('drops bad list items one by one', () => {
    const { policy, warnings } = parsePolicy({
      pageContextHosts: ['journal.example.se', 'https://with-scheme.se', 7],
      disabledFeatures: ['qrCode', 'teleport'],
    });
    expect(policy).toEqual({ pageContextHosts: ['journal.example.se'], disabledFeatures: ['qrCode'] });
    expect(warnings).toHaveLength(3);
  });

  it('warns about unknown keys and ignores them', () => {
    const { policy, warnings } = parsePolicy({ homeRegion: '13', homeregion: '14' });
    expect(policy).toEqual({ homeRegion: '13' });
    expect(warnings).toEqual(['Policy "homeregion" is not a known setting and was ignored.']);
  });

  it('accepts https catalogue addresses and plain http only on this machine', () => {
    const url = (catalogueUrl: string) => parsePolicy({ catalogueUrl }).policy.catalogueUrl;
    expect(url('https://intra.example.se/c.json')).toBe('https://intra.example.se/c.json');
    expect(url('http://127.0.0.1:8080/c.json')).toBe('http://127.0.0.1:8080/c.json');
    expect(url('http://localhost/c.json')).toBe('http://localhost/c.json');
    expect(url('http://intra.example.se/c.json')).toBeUndefined();
    expect(url('ftp://intra.example.se/c.json')).toBeUndefined();
    expect(url('https://user:pw@intra.example.se/c.json')).toBeUndefined();
    expect(url('not a url')).toBeUndefined();
  });

  it('rejects a policy that is not an object', () => {
    expect(parsePolicy(['homeRegion']).warnings).toHaveLength(1);
    expect(parsePolicy('13').policy).toEqual({});
  });
});

describe('isFeatureOff', () => {
  it('reads both the dedicated keys and the feature list', () => {
    expect(isFeatureOff({}, 'pageContext')).toBe(false);
    expect(isFeatureOff({ pageContext: false }, 'pageContext')).toBe(true);
    expect(isFeatureOff({ disabledFeatures: ['pageContext'] }, 'pageContext')).toBe(true);
    expect(isFeatureOff({ ageFromPersonnummer: 'off' }, 'ageFromPersonnummer')).toBe(true);
    expect(isFeatureOff({ ageFromPersonnummer: 'default' }, 'ageFromPersonnummer')).toBe(false);
  });
});

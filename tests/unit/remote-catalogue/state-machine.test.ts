import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../data/catalogue-schema.ts';
import { validateDocument } from '../../../lib/catalogue/validate.ts';
import {
  applyOutcome,
  conditionalEtag,
  type FetchOutcome,
  INITIAL_STATE,
  isDue,
  type RemoteState,
} from '../../../lib/remote/remote-catalogue.ts';
import { describeRefreshError } from '../../../lib/remote/remote-catalogue-text.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';

const URL = 'https://intra.example.se/catalogue.json';
const validate = (data: unknown) => validateDocument(data, 'remote');
const t0 = new Date('2026-11-28T10:00:00Z');
const t1 = new Date('2026-11-28T11:00:00Z');

function document(version: string): Catalogue {
  const result = readCatalogue();
  if (!result.ok) throw new Error('data/ does not validate');
  return { ...result.catalogue, version };
}
const body = (version: string, etag: string | null = `"${version}"`): FetchOutcome => ({
  kind: 'body',
  body: new TextEncoder().encode(JSON.stringify(document(version))),
  etag,
});

function withGood(version = '2026-11-01'): RemoteState {
  const step = applyOutcome(INITIAL_STATE, URL, body(version), t0, validate);
  expect(step.swap?.version).toBe(version);
  return step.state;
}

describe('applyOutcome', () => {
  it('swaps in a valid first catalogue and records its ETag', () => {
    const step = applyOutcome(INITIAL_STATE, URL, body('2026-11-01'), t0, validate);
    expect(step.swap?.resources.length).toBeGreaterThan(0);
    expect(step.state.good).toMatchObject({ url: URL, version: '2026-11-01', etag: '"2026-11-01"' });
    expect(step.state.error).toBeNull();
    expect(conditionalEtag(step.state, URL)).toBe('"2026-11-01"');
    expect(conditionalEtag(step.state, 'https://other.example.se/c.json')).toBeNull();
  });

  it('keeps the catalogue on 304 and notes the check', () => {
    const step = applyOutcome(withGood(), URL, { kind: 'not-modified' }, t1, validate);
    expect(step.swap).toBeNull();
    expect(step.state.good?.checkedAt).toBe(t1.toISOString());
    expect(step.state.good?.fetchedAt).toBe(t0.toISOString());
  });

  it('swaps in a newer version and not an equal one', () => {
    const state = withGood('2026-11-01');
    expect(applyOutcome(state, URL, body('2026-11-02'), t1, validate).swap?.version).toBe('2026-11-02');
    const same = applyOutcome(state, URL, body('2026-11-01', '"new-etag"'), t1, validate);
    expect(same.swap).toBeNull();
    expect(same.state.good?.etag).toBe('"new-etag"');
  });

  it.each<[string, FetchOutcome, string]>([
    ['404', { kind: 'http-error', status: 404 }, 'http'],
    ['500', { kind: 'http-error', status: 500 }, 'http'],
    ['timeout', { kind: 'timeout' }, 'timeout'],
    ['unreachable', { kind: 'network', detail: 'ECONNREFUSED' }, 'network'],
    ['oversize', { kind: 'oversize', limit: 10 }, 'oversize'],
    ['wrong type', { kind: 'content-type', contentType: 'text/html' }, 'content-type'],
    ['invalid JSON', { kind: 'body', body: new TextEncoder().encode('{"format":'), etag: null }, 'json'],
    [
      'schema error',
      {
        kind: 'body',
        body: new TextEncoder().encode(JSON.stringify({ format: 'hanvisa-catalogue/1' })),
        etag: null,
      },
      'schema',
    ],
    ['older version', body('2026-10-01'), 'older'],
  ])('keeps the last good catalogue on %s', (_name, outcome, code) => {
    const state = withGood('2026-11-01');
    const step = applyOutcome(state, URL, outcome, t1, validate);
    expect(step.swap).toBeNull();
    expect(step.state.good).toEqual(state.good);
    expect(step.state.error).toMatchObject({ code, at: t1.toISOString() });
    expect(describeRefreshError(step.state.error ?? { code: 'http', detail: '', at: '' }, true)).toContain(
      'senast hämtade',
    );
  });

  it('rejects a resource with a broken field and names it', () => {
    const doc = document('2026-12-01');
    const broken = { ...doc, resources: [{ ...doc.resources[0], purpose: 'x' }, ...doc.resources.slice(1)] };
    const step = applyOutcome(
      withGood(),
      URL,
      { kind: 'body', body: new TextEncoder().encode(JSON.stringify(broken)), etag: null },
      t1,
      validate,
    );
    expect(step.swap).toBeNull();
    expect(step.state.error?.detail).toContain('purpose');
  });

  it('treats 304 without a catalogue from that address as an error', () => {
    const step = applyOutcome(INITIAL_STATE, URL, { kind: 'not-modified' }, t0, validate);
    expect(step.state.error?.code).toBe('http');
  });

  it('accepts any version from a newly configured address', () => {
    const state = withGood('2026-11-01');
    const step = applyOutcome(state, 'https://new.example.se/c.json', body('2020-01-01'), t1, validate);
    expect(step.swap?.version).toBe('2020-01-01');
  });
});

describe('isDue', () => {
  it('is due when never tried, for a new address, and after the interval', () => {
    const state = withGood();
    expect(isDue(INITIAL_STATE, URL, 60, t0)).toBe(true);
    expect(isDue(state, 'https://new.example.se/c.json', 60, t0)).toBe(true);
    expect(isDue(state, URL, 60, new Date(t0.getTime() + 59 * 60_000))).toBe(false);
    expect(isDue(state, URL, 60, t1)).toBe(true);
  });
});

describe('a document cut off while it was taken into use', () => {
  it('is due again at once when the worker starts, whatever the interval', () => {
    const state = { ...withGood(), ingesting: { url: URL, startedAt: t0.toISOString(), bytes: 14e6 } };
    expect(isDue(state, URL, 600, new Date(t0.getTime() + 60_000))).toBe(true);
    expect(isDue({ ...state, ingesting: null }, URL, 600, new Date(t0.getTime() + 60_000))).toBe(false);
  });

  it('is no longer marked once the refresh ends, well or badly', () => {
    const state = {
      ...withGood('2026-11-01'),
      ingesting: { url: URL, startedAt: t0.toISOString(), bytes: 1 },
    };
    expect(applyOutcome(state, URL, body('2026-12-01'), t1, validate).state.ingesting).toBeNull();
    expect(applyOutcome(state, URL, { kind: 'timeout' }, t1, validate).state.ingesting).toBeNull();
    expect(applyOutcome(state, URL, { kind: 'not-modified' }, t1, validate).state.ingesting).toBeNull();
  });
});

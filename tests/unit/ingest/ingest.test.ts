/**
 * Taking a document into use in pieces (lib/ingest/ingest.ts) gives what the one-piece path gives
 * (validateDocument + bundleCatalogue), and every failure keeps the last good catalogue.
 */
import { describe, expect, it } from 'vitest';
import { bundleCatalogue } from '../../../lib/catalogue/bundle.ts';
import { validateDocument } from '../../../lib/catalogue/validate.ts';
import { checkHours } from '../../../lib/hours/compile.ts';
import { ingestDocument } from '../../../lib/ingest/ingest.ts';
import { INITIAL_STATE, type RemoteState } from '../../../lib/remote/remote-catalogue.ts';
import { nationalDocument } from '../../../scripts/national-document.ts';

const URL = 'https://intranet.example.se/national.json';
const NOW = new Date('2026-12-06T08:00:00Z');
// Few expressions, so the one-piece path (one compilation per expression) stays quick.
const DOC = nationalDocument({ count: 80, version: '2026-12-06.1', hoursExpressions: 30 });
const TEXT = JSON.stringify(DOC);
const SYNONYMS = { groups: [{ terms: ['umo', 'ungdomsmottagning'] }] };
// A pause at every yield: the small document is then cut into pieces however fast the machine is
// (with the default 8 ms budget it may parse in one piece, and the piece count was flaky).
const noPause = { pause: () => Promise.resolve(), budgetMs: 0 };

function run(text: string, previous: RemoteState = INITIAL_STATE) {
  return ingestDocument({
    previous,
    url: URL,
    text,
    etag: '"e1"',
    now: NOW,
    synonyms: SYNONYMS,
    checkHours,
    slices: noPause,
  });
}

const GOOD: RemoteState = {
  good: { url: URL, version: '2026-12-01.1', etag: '"e0"', fetchedAt: 'x', checkedAt: 'x' },
  lastAttemptAt: 'x',
  error: null,
};

describe('ingestDocument', () => {
  it('bundles exactly what validateDocument and bundleCatalogue give', async () => {
    const { step, bundle, report } = await run(TEXT);
    const valid = validateDocument(JSON.parse(TEXT), URL, { checkHours });
    if (!valid.ok) throw new Error('fixture invalid');
    expect(step.state.error).toBeNull();
    expect(step.state.good).toMatchObject({ version: '2026-12-06.1', etag: '"e1"' });
    expect(bundle).toEqual(bundleCatalogue(valid.catalogue, SYNONYMS, NOW));
    // Expressions of one shape share one compilation.
    expect(report.hours.compilations).toBeLessThan(report.hours.expressions);
    expect(report.stages.parse?.pieces).toBeGreaterThan(1);
    expect(report.longestMs).toBeGreaterThan(0);
  }, 60_000);

  it('keeps the last good catalogue for a cut-off document', async () => {
    const { step, bundle } = await run(TEXT.slice(0, TEXT.length / 2), GOOD);
    expect(bundle).toBeNull();
    expect(step.swap).toBeNull();
    expect(step.state.good).toEqual(GOOD.good);
    expect(step.state.error?.code).toBe('json');
  });

  it('keeps it for a document with an invalid resource, naming the place', async () => {
    const bad = structuredClone(DOC);
    (bad.resources[7] as { purpose: string }).purpose = 'kort';
    const { step, bundle } = await run(JSON.stringify(bad), GOOD);
    expect(bundle).toBeNull();
    expect(step.state.error).toMatchObject({ code: 'schema' });
    expect(step.state.error?.detail).toContain('resources[7].purpose');
    expect(step.state.good).toEqual(GOOD.good);
  });

  it('keeps it for a bad opening-hours expression, with the expression’s own message', async () => {
    const bad = structuredClone(DOC);
    const channel = bad.resources[3]?.channels[0] as { hours: unknown };
    channel.hours = { osm: 'Mo-Fr 08:00-16:00; Sa,Su,PH 00:00-24:00 blah' };
    const { step } = await run(JSON.stringify(bad), GOOD);
    expect(step.state.error?.code).toBe('schema');
    expect(step.state.error?.detail).toContain('channels[0].hours.osm');
  });

  it('refuses an older version and takes nothing in', async () => {
    const newer = { ...GOOD, good: { ...GOOD.good, version: '2027-01-01.1' } } as RemoteState;
    const { step, bundle } = await run(TEXT, newer);
    expect(bundle).toBeNull();
    expect(step.state.error?.code).toBe('older');
  });

  it('records the policy key that verified the document, and none when none did', async () => {
    const signed = await ingestDocument({
      previous: GOOD,
      url: URL,
      text: TEXT,
      etag: '"e2"',
      signedBy: '0123456789abcdef',
      now: NOW,
      synonyms: SYNONYMS,
      checkHours,
      slices: noPause,
    });
    expect(signed.bundle).not.toBeNull();
    expect(signed.step.state.good).toMatchObject({ version: '2026-12-06.1', signedBy: '0123456789abcdef' });
    const unsigned = await run(TEXT, GOOD);
    expect(unsigned.step.state.good?.signedBy).toBeNull();
    // The same version again, now verified: still taken as the same, with the key noted.
    const again = await ingestDocument({
      previous: unsigned.step.state,
      url: URL,
      text: TEXT,
      etag: '"e3"',
      signedBy: 'fedcba9876543210',
      now: NOW,
      synonyms: SYNONYMS,
      checkHours,
      slices: noPause,
    });
    expect(again.bundle).toBeNull();
    expect(again.step.state.good).toMatchObject({ etag: '"e3"', signedBy: 'fedcba9876543210' });
  });
});

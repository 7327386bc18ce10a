/**
 * The side panel's and the badge's ranking in pieces (lib/rank/panel.ts panelSuggestionsSteps):
 * the same suggestions as the one-pass form over a catalogue of national size, with pauses
 * between the pieces.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Resource } from '../../../data/schema.ts';
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { runSliced, type SliceStats } from '../../../lib/ingest/slices.ts';
import type { PageFindings } from '../../../lib/rank/index.ts';
import type { PageCatalogue } from '../../../lib/rank/page.ts';
import { NO_PANEL_SUGGESTIONS, panelSuggestions, panelSuggestionsSteps } from '../../../lib/rank/panel.ts';
import { NO_PATIENT } from '../../../lib/rank/patient.ts';
import { nationalDocument } from '../../../scripts/national-document.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

let real: BundledCatalogue;
beforeAll(async () => {
  real = await realCatalogue();
});

const hit = (theme: string, more: Partial<PageFindings['hits'][number]> = {}) =>
  ({
    theme,
    count: 1,
    negated: 0,
    denied: 0,
    uncertain: 0,
    hypothetical: 0,
    other: 0,
    words: [],
    ...more,
  }) as PageFindings['hits'][number];

const PAGES: [string, PageFindings][] = [
  [
    'sex for compensation, an adult',
    { hits: [hit('sex-mot-ersattning')], named: [], patient: { ...NO_PATIENT, age: 32 } },
  ],
  [
    'exploitation of a child',
    { hits: [hit('barn-sexuell-exploatering')], named: [], patient: { ...NO_PATIENT, age: 15 } },
  ],
  [
    'acute danger and violence',
    { hits: [hit('akut-fara'), hit('vald-i-nara-relation')], named: [], patient: NO_PATIENT },
  ],
  [
    'a named resource only',
    { hits: [], named: [{ id: 'kvinnofridslinjen', count: 1, negated: 0 }], patient: NO_PATIENT },
  ],
];
const NOW = new Date('2026-12-01T21:30:00Z');

describe('panelSuggestionsSteps', () => {
  let catalogue: PageCatalogue;
  beforeAll(() => {
    const national = nationalDocument({ count: 3000 }).resources as Resource[];
    catalogue = {
      resources: [...real.resources, ...national],
      vocabulary: real.vocabulary,
      hours: real.hours,
    };
  });

  it.each(PAGES)('gives what the one-pass ranking gives, in many pieces: %s', async (_name, page) => {
    const input = { homeRegion: '13', now: NOW };
    const stats: SliceStats = { totalMs: 0, busyMs: 0, longestMs: 0, pieces: 0 };
    // A fresh list each time, so the lookup by id and situation is built in pieces too.
    const fresh = { ...catalogue, resources: [...catalogue.resources] };
    const sliced = await runSliced(panelSuggestionsSteps(page, fresh, input), { budgetMs: 0 }, stats);
    const whole = panelSuggestions(page, { ...catalogue, resources: [...catalogue.resources] }, input);
    expect(sliced).toEqual(whole);
    expect(sliced).not.toEqual(NO_PANEL_SUGGESTIONS);
    // The lookup pauses every 500 resources, so a list of thousands is never one piece.
    expect(stats.pieces).toBeGreaterThan(fresh.resources.length / 500);
  });

  it('gives nothing at once for a page without findings', async () => {
    const stats: SliceStats = { totalMs: 0, busyMs: 0, longestMs: 0, pieces: 0 };
    const none = await runSliced(panelSuggestionsSteps(null, catalogue, { now: NOW }), {}, stats);
    expect(none).toBe(NO_PANEL_SUGGESTIONS);
    expect(stats.pieces).toBe(1);
  });
});

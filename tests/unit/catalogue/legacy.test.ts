/**
 * A catalogue of the format before situations keeps loading: its resources' themes become what
 * they serve, weighted as the old vocabulary weighted them, and the reader uses the extension's
 * own vocabulary with it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDocument, migrateResource } from '../../../lib/catalogue/legacy.ts';
import { readerVocabulary, withVocabulary } from '../../../lib/catalogue/reader-vocabulary.ts';
import { validateDocument, validateFiles } from '../../../lib/catalogue/validate.ts';
import { compileMatcher } from '../../../lib/matcher/index.ts';
import { rankSuggestions, summarizePatient } from '../../../lib/rank/index.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';

const old = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/catalogue-v0/document.json'), 'utf8'),
) as { resources: { id: string; themes: string[] }[]; vocabulary: { id: string }[] };

describe('a catalogue from before situations', () => {
  it('is the old format: themes on resources, resources in the vocabulary', () => {
    expect(old.resources.every((r) => Array.isArray(r.themes))).toBe(true);
    expect(old.vocabulary.map((t) => t.id)).toContain('prostitution');
  });

  it('validates, with the themes turned into what each resource serves', () => {
    const result = validateDocument(old, 'old.json');
    expect(result.ok, JSON.stringify(!result.ok && result.issues.slice(0, 3))).toBe(true);
    if (!result.ok) return;
    const kvinnofrid = result.catalogue.resources.find((r) => r.id === 'kvinnofridslinjen');
    // Old weights: sexuellt-vald 1 (now sexual violence and violence in close relationships), prostitution 0.7.
    expect(kvinnofrid?.serves).toMatchObject({
      'sexuellt-vald': 1,
      'vald-nara-relation': 1,
      'sex-mot-ersattning': 0.7,
    });
    expect(result.catalogue.vocabulary).toEqual([]);
  });

  it('is read with the extension vocabulary and suggests from it', () => {
    const result = validateDocument(old, 'old.json');
    const bundled = readCatalogue();
    if (!result.ok || !bundled.ok) throw new Error('catalogue invalid');
    const catalogue = withVocabulary(result.catalogue, bundled.catalogue);
    const scan = compileMatcher(readerVocabulary(catalogue)).scan(
      'Sambon slår henne. Hon är rädd för honom.',
    );
    const top = rankSuggestions(
      { hits: scan.hits, named: scan.named, patient: summarizePatient(scan.patient) },
      catalogue.resources,
      catalogue.vocabulary,
    );
    expect(top[0]?.id).toBe('kvinnofridslinjen');
  });

  it('leaves a current document untouched', () => {
    const bundled = readCatalogue();
    if (!bundled.ok) throw new Error('catalogue invalid');
    expect(migrateDocument(bundled.catalogue)).toBe(bundled.catalogue);
    const resource = bundled.catalogue.resources[0];
    expect(migrateResource(resource, [])).toBe(resource);
  });

  it('migrates a data folder of the old format too (catalogue diff against an old version)', () => {
    const resources = old.resources.map((r) => ({ file: `data/resources/${r.id}.json`, data: r }));
    const themes = old.vocabulary.map((t) => ({ file: `data/vocabulary/${t.id}.json`, data: t }));
    const result = validateFiles(resources, themes);
    expect(result.ok).toBe(true);
  });
});

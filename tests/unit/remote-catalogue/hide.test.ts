/**
 * Resources an administrator hid by policy are gone from what the side panel and the background
 * rank and from what the page reader is told to look for; the vocabulary stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { bundleCatalogue } from '../../../lib/catalogue/bundle.ts';
import { viewOfBundle } from '../../../lib/catalogue/bundle-view.ts';
import { hideListed } from '../../../lib/catalogue/hide.ts';
import { readerVocabulary } from '../../../lib/catalogue/reader-vocabulary.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';

const result = readCatalogue();
if (!result.ok) throw new Error('data/ does not validate');
const bundle = bundleCatalogue(result.catalogue, { groups: [] }, new Date('2026-11-28T10:00:00Z'));

describe('hiding resources', () => {
  it('returns the same list when nothing is hidden', () => {
    expect(hideListed(bundle, [])).toBe(bundle);
  });

  it('removes a resource with its hours and its names for the page reader', async () => {
    const id = 'kvinnofridslinjen';
    const hidden = await viewOfBundle(bundle, [id]).everything();
    expect(hidden.resources.map((r) => r.id)).not.toContain(id);
    expect(hidden.resources).toHaveLength(bundle.resources.length - 1);
    // What a resource serves is said on the resource: the vocabulary itself is left as it was.
    expect(hidden.vocabulary).toEqual(bundle.vocabulary);
    expect(hidden.parts).toEqual(bundle.parts);
    expect(readerVocabulary(bundle).named.map((n) => n.id)).toContain(id);
    expect(readerVocabulary(hidden).named.map((n) => n.id)).not.toContain(id);
    expect(Object.keys(hidden.hours).some((k) => k.startsWith(`${id}#`))).toBe(false);
    expect(Object.keys(bundle.hours).some((k) => k.startsWith(`${id}#`))).toBe(true);
    expect(Object.keys(hidden.hours).length).toBeGreaterThan(0);
  });
});

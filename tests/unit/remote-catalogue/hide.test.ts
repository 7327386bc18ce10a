import { describe, expect, it } from 'vitest';
import { bundleCatalogue } from '../../../lib/catalogue/bundle.ts';
import { hideResources } from '../../../lib/catalogue/hide.ts';
import { readerVocabulary } from '../../../lib/catalogue/reader-vocabulary.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';

const result = readCatalogue();
if (!result.ok) throw new Error('data/ does not validate');
const bundle = bundleCatalogue(result.catalogue, { groups: [] }, new Date('2026-11-28T10:00:00Z'));

describe('hideResources', () => {
  it('returns the same bundle when nothing is hidden', () => {
    expect(hideResources(bundle, [])).toBe(bundle);
  });

  it('removes a resource with its search rows, its names for the page reader and its hours', () => {
    const id = 'kvinnofridslinjen';
    const hidden = hideResources(bundle, [id]);
    expect(hidden.resources.map((r) => r.id)).not.toContain(id);
    expect(hidden.resources).toHaveLength(bundle.resources.length - 1);
    expect(hidden.search.ids).not.toContain(id);
    for (const key of ['primary', 'primaryOffsets', 'secondary', 'secondaryOffsets', 'phones'] as const)
      expect(hidden.search[key]).toHaveLength(hidden.search.ids.length);
    const i = bundle.search.ids.indexOf('sexit');
    expect(hidden.search.primary[hidden.search.ids.indexOf('sexit')]).toBe(bundle.search.primary[i]);
    // What a resource serves is said on the resource: the vocabulary itself is left as it was.
    expect(hidden.vocabulary).toEqual(bundle.vocabulary);
    expect(hidden.parts).toEqual(bundle.parts);
    expect(readerVocabulary(bundle).named.map((n) => n.id)).toContain(id);
    expect(readerVocabulary(hidden).named.map((n) => n.id)).not.toContain(id);
    expect(Object.keys(hidden.hours).some((k) => k.startsWith(`${id}#`))).toBe(false);
    expect(Object.keys(bundle.hours).some((k) => k.startsWith(`${id}#`))).toBe(true);
  });
});

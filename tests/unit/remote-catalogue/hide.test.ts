import { describe, expect, it } from 'vitest';
import { bundleCatalogue } from '../../../lib/catalogue/bundle.ts';
import { hideResources } from '../../../lib/catalogue/hide.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';

const result = readCatalogue();
if (!result.ok) throw new Error('data/ does not validate');
const bundle = bundleCatalogue(result.catalogue, { groups: [] }, new Date('2026-11-28T10:00:00Z'));

describe('hideResources', () => {
  it('returns the same bundle when nothing is hidden', () => {
    expect(hideResources(bundle, [])).toBe(bundle);
  });

  it('removes a resource with its search rows, theme references and hours', () => {
    const id = 'kvinnofridslinjen';
    const hidden = hideResources(bundle, [id]);
    expect(hidden.resources.map((r) => r.id)).not.toContain(id);
    expect(hidden.resources).toHaveLength(bundle.resources.length - 1);
    expect(hidden.search.ids).not.toContain(id);
    for (const key of ['primary', 'primaryOffsets', 'secondary', 'secondaryOffsets', 'phones'] as const)
      expect(hidden.search[key]).toHaveLength(hidden.search.ids.length);
    const i = bundle.search.ids.indexOf('sexit');
    expect(hidden.search.primary[hidden.search.ids.indexOf('sexit')]).toBe(bundle.search.primary[i]);
    expect(hidden.vocabulary.flatMap((t) => t.resources.map((r) => r.id))).not.toContain(id);
    expect(Object.keys(hidden.hours).some((k) => k.startsWith(`${id}#`))).toBe(false);
    expect(Object.keys(bundle.hours).some((k) => k.startsWith(`${id}#`))).toBe(true);
  });
});

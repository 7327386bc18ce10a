/** The real catalogue from data/, bundled as the build does, with hours compiled from a fixed date. */

import type { Resource } from '../../data/schema.ts';
import synonymsJson from '../../data/synonyms.json' with { type: 'json' };
import { bundleCatalogue } from '../../lib/catalogue/bundle.ts';
import type { BundledCatalogue } from '../../lib/catalogue/bundled.ts';
import { parseSynonyms } from '../../lib/catalogue/synonyms.ts';
import { catalogueOptions, readCatalogue } from '../../scripts/lib/read-data.ts';

export const COMPILED_AT = new Date('2026-11-01T00:00:00Z');

let cached: Promise<BundledCatalogue> | undefined;

export function realCatalogue(): Promise<BundledCatalogue> {
  cached ??= catalogueOptions().then((options) => {
    const result = readCatalogue(undefined, options);
    if (!result.ok) throw new Error(`data/ does not validate: ${JSON.stringify(result.issues.slice(0, 3))}`);
    return bundleCatalogue(result.catalogue, parseSynonyms(synonymsJson), COMPILED_AT);
  });
  return cached;
}

export function byId(catalogue: BundledCatalogue, id: string): Resource {
  const found = catalogue.resources.find((r) => r.id === id);
  if (!found) throw new Error(`fixture: no resource ${id} in data/resources`);
  return found;
}

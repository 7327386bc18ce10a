/**
 * The catalogue as the extension pages read it: validated data plus what can be computed
 * ahead of time, so that no page builds an index or loads a parser when it opens.
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';

export interface BundledCatalogue {
  format: 'hanvisa-bundle/1';
  version: string;
  /** When the derived data (hours tables) was computed */
  compiledAt: string;
  resources: Catalogue['resources'];
  vocabulary: Catalogue['vocabulary'];
}

export function bundleCatalogue(catalogue: Catalogue, now: Date = new Date()): BundledCatalogue {
  return {
    format: 'hanvisa-bundle/1',
    version: catalogue.version,
    compiledAt: now.toISOString(),
    resources: catalogue.resources,
    vocabulary: catalogue.vocabulary,
  };
}

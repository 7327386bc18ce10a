/**
 * The catalogue as the extension pages read it: validated data plus what can be computed
 * ahead of time (search strings, opening-hours tables), so that no page builds an index or
 * loads a parser when it opens. Built at build time for the bundled catalogue and by the
 * background for a remote one.
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import { prepareSearchData } from '../search/prepare.ts';
import type { SearchData, Synonyms } from '../search/types.ts';

export interface BundledCatalogue {
  format: 'hanvisa-bundle/1';
  version: string;
  /** When the derived data (hours tables) was computed */
  compiledAt: string;
  resources: Catalogue['resources'];
  vocabulary: Catalogue['vocabulary'];
  search: SearchData;
  synonyms: Synonyms;
}

export function themeLabels(catalogue: Pick<Catalogue, 'vocabulary'>): Record<string, string> {
  return Object.fromEntries(catalogue.vocabulary.map((theme) => [theme.id, theme.label]));
}

export function bundleCatalogue(catalogue: Catalogue, synonyms: Synonyms, now: Date = new Date()): BundledCatalogue {
  return {
    format: 'hanvisa-bundle/1',
    version: catalogue.version,
    compiledAt: now.toISOString(),
    resources: catalogue.resources,
    vocabulary: catalogue.vocabulary,
    search: prepareSearchData(catalogue.resources, themeLabels(catalogue)),
    synonyms,
  };
}

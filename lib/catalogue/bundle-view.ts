/**
 * The bundled catalogue (or a copy an earlier version kept in storage.local) as a page's
 * CatalogueView: the whole file is in memory already, so every part is at hand at once and the
 * index is built from it when a page opens (a few milliseconds for the region's catalogue).
 */
import type { BundledCatalogue } from './bundled.ts';
import { detailOf, indexOf } from './index-data.ts';
import { type CatalogueSource, CatalogueView } from './view.ts';

export function viewOfBundle(
  bundle: BundledCatalogue,
  hidden: readonly string[] = [],
  source: CatalogueSource = 'bundled',
): CatalogueView {
  const { index, secondary } = indexOf(bundle);
  const byId = new Map(bundle.resources.map((r) => [r.id, r]));
  const everything = {
    resources: bundle.resources,
    vocabulary: bundle.vocabulary,
    parts: bundle.parts,
    hours: bundle.hours,
  };
  const view = new CatalogueView(
    source,
    { ...index, search: { ...index.search, secondary } },
    {
      secondary: () => Promise.resolve(secondary),
      detail: (stored) => {
        const resource = byId.get(index.search.ids[stored] ?? '');
        return Promise.resolve(resource ? detailOf(bundle, resource) : null);
      },
      everything: () => Promise.resolve(everything),
    },
    hidden,
  );
  view.preload(bundle.resources.map((r) => detailOf(bundle, r)));
  return view;
}

/** A page's view over a catalogue's stored (packed) index, whose other parts are counted when read. */
import type { BundledCatalogue } from '../../../lib/catalogue/bundled.ts';
import { type Detail, detailOf, type Everything, indexOf } from '../../../lib/catalogue/index-data.ts';
import { pack, unpack } from '../../../lib/catalogue/pack.ts';
import { CatalogueView } from '../../../lib/catalogue/view.ts';

/** A view over the stored (packed) index whose parts are counted when read. */
export function storedView(bundle: BundledCatalogue, hidden: string[] = []) {
  const { index, secondary } = indexOf(bundle, true);
  const reads = { secondary: 0, detail: 0, everything: 0 };
  const everything: Everything = {
    resources: bundle.resources,
    vocabulary: bundle.vocabulary,
    parts: bundle.parts,
    hours: bundle.hours,
  };
  const view = new CatalogueView(
    'remote',
    unpack(pack(index)),
    {
      secondary: async () => {
        reads.secondary += 1;
        return unpack(pack(secondary));
      },
      detail: async (n): Promise<Detail | null> => {
        reads.detail += 1;
        const resource = bundle.resources.find((r) => r.id === index.search.ids[n]);
        return resource ? detailOf(bundle, resource) : null;
      },
      everything: async () => {
        reads.everything += 1;
        return everything;
      },
    },
    hidden,
  );
  return { view, reads };
}

/** A prepared catalogue (as lib/ingest makes it) of many resources, for the store's tests. */
import { type BundledCatalogue, hoursKey } from '../../../lib/catalogue/bundled.ts';
import { indexOf, type Prepared } from '../../../lib/catalogue/index-data.ts';
import { pack } from '../../../lib/catalogue/pack.ts';
import { prepareSearchData } from '../../../lib/search/prepare.ts';
import { realCatalogue } from '../catalogue-fixture.ts';

const BASE = await realCatalogue();

/** The real catalogue repeated to `count` resources, each copy with its own id and hours. */
export function manyResources(version: string, count = BASE.resources.length): Prepared {
  const resources: BundledCatalogue['resources'] = [];
  const hours: BundledCatalogue['hours'] = {};
  for (let i = 0; i < count; i++) {
    const r = BASE.resources[i % BASE.resources.length] as BundledCatalogue['resources'][number];
    const copy = { ...r, id: `${r.id}-${i}` };
    resources.push(copy);
    r.channels.forEach((_, c) => {
      const table = BASE.hours[hoursKey(r.id, c)];
      if (table !== undefined) hours[hoursKey(copy.id, c)] = table;
    });
  }
  const bundle = { ...BASE, version, resources, hours, search: prepareSearchData(resources) };
  const { index, secondary } = indexOf(bundle, true);
  return { bundle, index: pack(index), secondary: pack(secondary) };
}

import { useEffect, useState } from 'preact/hooks';
import type { Everything } from '../lib/catalogue/index-data.ts';
import type { CatalogueView } from '../lib/catalogue/view.ts';

/**
 * The whole catalogue (every resource, the vocabulary, the hours) for a view that ranks or lists
 * all of it; null while it is read (a national catalogue is read from the store in batches).
 */
export function useEverything(catalogue: CatalogueView): Everything | null {
  const [all, setAll] = useState<{ of: CatalogueView; value: Everything } | null>(null);
  useEffect(() => {
    let live = true;
    catalogue.everything().then(
      (value) => {
        if (live) setAll({ of: catalogue, value });
      },
      (error: unknown) => console.error('Hänvisa: the catalogue could not be read whole:', error),
    );
    return () => {
      live = false;
    };
  }, [catalogue]);
  return all?.of === catalogue ? all.value : null;
}

/**
 * Removes resources an administrator hid by policy from a bundled catalogue, including their rows
 * in the precomputed search data (every array there is index-aligned with `search.ids`) and their
 * compiled hours (keyed "id#channel"). The compact index has its own (hide-index.ts).
 */
import type { BundledCatalogue } from './bundled.ts';

type WithResources = Pick<BundledCatalogue, 'resources' | 'hours'>;

/** `catalogue` without the hidden resources and their hours. */
export function hideListed<T extends WithResources>(catalogue: T, hidden: readonly string[]): T {
  if (hidden.length === 0) return catalogue;
  const gone = new Set(hidden);
  return {
    ...catalogue,
    resources: catalogue.resources.filter((r) => !gone.has(r.id)),
    hours: Object.fromEntries(
      Object.entries(catalogue.hours).filter(([key]) => !gone.has(key.split('#')[0] ?? '')),
    ),
  };
}

export function hideResources(bundle: BundledCatalogue, hidden: readonly string[]): BundledCatalogue {
  if (hidden.length === 0) return bundle;
  const gone = new Set(hidden);
  const keep = bundle.search.ids.map((id) => !gone.has(id));
  const search = { ...bundle.search } as Record<string, unknown>;
  for (const [key, value] of Object.entries(bundle.search)) {
    if (Array.isArray(value) && value.length === keep.length) search[key] = value.filter((_, i) => keep[i]);
  }
  return { ...hideListed(bundle, hidden), search: search as unknown as BundledCatalogue['search'] };
}

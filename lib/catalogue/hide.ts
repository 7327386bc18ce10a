/**
 * Removes resources an administrator hid by policy from a bundled catalogue, including their rows
 * in the precomputed search data (every array there is index-aligned with `search.ids`) and their
 * compiled hours (keyed "id#channel").
 */
import type { BundledCatalogue } from './bundled.ts';

export function hideResources(bundle: BundledCatalogue, hidden: readonly string[]): BundledCatalogue {
  if (hidden.length === 0) return bundle;
  const gone = new Set(hidden);
  const keep = bundle.search.ids.map((id) => !gone.has(id));
  const search = { ...bundle.search } as Record<string, unknown>;
  for (const [key, value] of Object.entries(bundle.search)) {
    if (Array.isArray(value) && value.length === keep.length) search[key] = value.filter((_, i) => keep[i]);
  }
  return {
    ...bundle,
    resources: bundle.resources.filter((r) => !gone.has(r.id)),
    search: search as unknown as BundledCatalogue['search'],
    hours: Object.fromEntries(
      Object.entries(bundle.hours).filter(([key]) => !gone.has(key.split('#')[0] ?? '')),
    ),
  };
}

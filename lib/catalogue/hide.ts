/**
 * Removes resources an administrator hid by policy from a list of resources and their compiled
 * hours (keyed "id#channel"): what the side panel and the background rank. The index a page opens
 * with has its own (hide-index.ts).
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

import type { Resource } from '../data/schema.ts';
import { t } from '../lib/i18n/i18n.ts';
import type { SearchStore } from '../lib/results/search-store.ts';

/** A star that says which resource it pins; aria-pressed tells whether it is pinned. */
export function FavouriteButton({ store, resource }: { store: SearchStore; resource: Resource }) {
  const pinned = store.favouriteIds.value.has(resource.id);
  return (
    <button
      type="button"
      class="favourite"
      aria-pressed={pinned}
      aria-label={t(pinned ? 'favouriteRemove' : 'favouriteAdd', { name: resource.name })}
      onClick={() => store.toggleFavourite(resource)}
    >
      <span aria-hidden="true">{pinned ? '★' : '☆'}</span>
    </button>
  );
}

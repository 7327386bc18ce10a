import type { BundledCatalogue } from '../../lib/catalogue/bundled.ts';
import { GONE_LABEL, resolveFavourites } from '../../lib/favourites.ts';
import { favouritesItem } from '../../platform/storage.ts';
import { useItem } from './use-admin-state.ts';

export function FavouritesSection({ catalogue }: { catalogue: BundledCatalogue }) {
  const favourites = useItem(favouritesItem, []);
  const remove = (id: string) =>
    favouritesItem.getValue().then((list) => favouritesItem.setValue(list.filter((f) => f.id !== id)));
  return (
    <section aria-labelledby="favourites-heading">
      <h2 id="favourites-heading">Favoriter</h2>
      {favourites.length === 0 && <p>Du har inga favoriter.</p>}
      <ul id="favourites">
        {resolveFavourites(favourites, catalogue.resources).map(({ favourite, resource }) => (
          <li key={favourite.id} data-gone={resource ? 'false' : 'true'}>
            {resource?.name ?? favourite.name}
            {!resource && <em> – {GONE_LABEL}</em>}{' '}
            <button
              type="button"
              onClick={() => remove(favourite.id)}
              aria-label={`Ta bort ${favourite.name}`}
            >
              Ta bort
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

import type { CatalogueView } from '../../lib/catalogue/view.ts';
import { t } from '../../lib/i18n/i18n-options.ts';
import { resolveFavourites } from '../../lib/results/favourites.ts';
import { favouritesItem } from '../../platform/storage.ts';
import { useItem } from './use-admin-state.ts';

export function FavouritesSection({ catalogue }: { catalogue: CatalogueView }) {
  const favourites = useItem(favouritesItem, []);
  const remove = (id: string) =>
    favouritesItem.getValue().then((list) => favouritesItem.setValue(list.filter((f) => f.id !== id)));
  return (
    <section aria-labelledby="favourites-heading">
      <h2 id="favourites-heading">{t('optionsFavouritesHeading')}</h2>
      {favourites.length === 0 && <p>{t('optionsFavouritesNone')}</p>}
      <ul id="favourites">
        {resolveFavourites(favourites, (id) => catalogue.rowOf(id)).map(({ favourite, resource }) => (
          <li key={favourite.id} data-gone={resource ? 'false' : 'true'}>
            {resource?.name ?? favourite.name}
            {!resource && <em> – {t('optionsFavouriteGone')}</em>}{' '}
            <button
              type="button"
              onClick={() => remove(favourite.id)}
              aria-label={t('optionsRemoveNamed', { name: favourite.name })}
            >
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * Favourites against the catalogue in use. A favourite whose resource left the catalogue is kept
 * (user data is never dropped silently) and shown as no longer in the catalogue until removed.
 */
import type { Resource } from '../../data/schema.ts';
import type { Favourite } from '../storage/user-data.ts';

export interface ResolvedFavourite<R extends Pick<Resource, 'id'> = Resource> {
  favourite: Favourite;
  /** null = no longer in the catalogue */
  resource: R | null;
}

/** Each favourite with its resource as `find` finds it by id (a catalogue's rows, a list). */
export function resolveFavourites<R extends Pick<Resource, 'id'>>(
  favourites: readonly Favourite[],
  find: (id: string) => R | undefined,
): ResolvedFavourite<R>[] {
  return favourites.map((favourite) => ({ favourite, resource: find(favourite.id) ?? null }));
}

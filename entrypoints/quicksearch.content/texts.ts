import { t } from '../../lib/i18n/i18n-quicksearch.ts';

/** What the overlay's live region says about its list. */
export function listStatus(query: string, count: number): string {
  if (query.trim() === '') return t('quickSearchEmpty');
  if (count === 0) return t('resultCountNone');
  return count === 1 ? t('resultCountOne') : t('resultCount', { count });
}

/** Plain Swedish for the options page: what went wrong with the remote catalogue, and what it means. */
import type { RefreshError } from './remote-catalogue.ts';

const TEXT: Record<RefreshError['code'], string> = {
  http: 'Servern svarade med ett fel',
  timeout: 'Servern svarade inte i tid',
  network: 'Servern gick inte att nå',
  oversize: 'Filen var för stor',
  'content-type': 'Servern skickade något annat än en katalogfil (JSON)',
  json: 'Filen gick inte att läsa (trasig JSON)',
  schema: 'Filen innehöll fel och godtogs inte',
  older: 'Filen var en äldre version än den som används',
};

export function describeRefreshError(error: RefreshError, hasGood: boolean): string {
  const keep = hasGood
    ? 'Den senast hämtade katalogen används tills vidare.'
    : 'Den inbyggda katalogen används.';
  return `${TEXT[error.code]}. ${keep}`;
}

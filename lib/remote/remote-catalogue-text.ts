/** Plain words for the options page: what went wrong with the remote catalogue, and what it means. */
import { type OptionsMessageKey, t } from '../i18n/i18n-options.ts';
import type { RefreshError } from './remote-catalogue.ts';

const TEXT: Record<RefreshError['code'], OptionsMessageKey> = {
  http: 'catalogueRefreshHttp',
  timeout: 'catalogueRefreshTimeout',
  network: 'catalogueRefreshNetwork',
  oversize: 'catalogueRefreshOversize',
  'content-type': 'catalogueRefreshContentType',
  json: 'catalogueRefreshJson',
  schema: 'catalogueRefreshSchema',
  older: 'catalogueRefreshOlder',
  unsigned: 'catalogueRefreshUnsigned',
  'unknown-key': 'catalogueRefreshUnknownKey',
  signature: 'catalogueRefreshSignature',
  storage: 'catalogueRefreshStorage',
  time: 'catalogueRefreshTime',
};

export function describeRefreshError(error: RefreshError, hasGood: boolean): string {
  return t(hasGood ? 'catalogueRefreshKeepGood' : 'catalogueRefreshKeepBundled', {
    problem: t(TEXT[error.code]),
  });
}

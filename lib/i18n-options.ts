/**
 * The options page's own strings (locales/options/<lang>.json): settings, data export/import and
 * remote-catalogue wording. Only the options page imports this, so other surfaces do not carry them.
 */
import optionsSv from '../locales/options/sv.json' with { type: 'json' };
import { definePack, type MessageKey, t as shared } from './i18n.ts';

export type OptionsMessageKey = keyof typeof optionsSv;

const own = definePack(optionsSv, () => import('../locales/options/en.json'));

const isOwn = (key: string): key is OptionsMessageKey => Object.hasOwn(optionsSv, key);

/** Translates the options page's keys and the shared ones, so its components need one import. */
export function t(key: OptionsMessageKey | MessageKey, params?: Record<string, string | number>): string {
  return isOwn(key) ? own(key, params) : shared(key, params);
}

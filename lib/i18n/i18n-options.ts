/**
 * The options page's own strings (locales/options/<lang>.json): settings, data export/import and
 * remote-catalogue wording. Only the options page imports this, so other surfaces do not carry them.
 */
import optionsSv from '../../locales/options/sv.json' with { type: 'json' };
import { extendShared } from './i18n.ts';

export type OptionsMessageKey = keyof typeof optionsSv;

export const t = extendShared(optionsSv, () => import('../../locales/options/en.json'));

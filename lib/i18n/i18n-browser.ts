/**
 * Strings the browser's own UI shows (locales/browser/<lang>.json): the manifest's name, description
 * and shortcut descriptions (the build writes them to _locales), the context menu and the omnibox.
 */
import browserSv from '../../locales/browser/sv.json' with { type: 'json' };
import { extendShared } from './i18n.ts';

export const t = extendShared(browserSv, () => import('../../locales/browser/en.json'));

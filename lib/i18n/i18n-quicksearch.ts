/** The in-page quick-search's own strings (locales/quicksearch/<lang>.json); a content script reads them. */
import quicksearchSv from '../../locales/quicksearch/sv.json' with { type: 'json' };
import { extendShared } from './i18n.ts';

export const t = extendShared(quicksearchSv, () => import('../../locales/quicksearch/en.json'));

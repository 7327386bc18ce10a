/** The side panel's own strings (locales/sidepanel/<lang>.json): site access, suggestions, themes. */
import sidepanelSv from '../../locales/sidepanel/sv.json' with { type: 'json' };
import { extendShared } from './i18n.ts';

export type SidePanelMessageKey = keyof typeof sidepanelSv;

export const t = extendShared(sidepanelSv, () => import('../../locales/sidepanel/en.json'));

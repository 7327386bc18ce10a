/**
 * The handout's strings (locales/handout/<lang>.json). The page speaks the browser's language; the
 * slip is printed in the language the clinician picks, so both languages of its lines are at hand.
 */
import handoutEn from '../../locales/handout/en.json' with { type: 'json' };
import handoutSv from '../../locales/handout/sv.json' with { type: 'json' };
import { extendShared, type Locale } from '../i18n/i18n.ts';

export type HandoutMessageKey = keyof typeof handoutSv;
export type SlipMessageKey = Extract<HandoutMessageKey, `slip${string}`>;

/** The page's own strings, in the browser's language. */
export const t = extendShared(handoutSv, () => Promise.resolve({ default: handoutEn }));

const SLIP: Record<Locale, Record<HandoutMessageKey, string>> = { sv: handoutSv, en: handoutEn };

/** A printed line in the slip's own language, whatever the browser speaks. */
export function slipT(locale: Locale, key: SlipMessageKey): string {
  return SLIP[locale][key];
}

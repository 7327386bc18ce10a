/**
 * UI strings: locales/<lang>.json, Swedish by default. Parameters are written {name} in the text.
 * The manifest's _locales are generated from the same files at build time.
 *
 * Strings only one surface needs live in their own pack (locales/<surface>/<lang>.json, read by
 * lib/i18n/i18n-<surface>.ts), so the popup carries only the strings it and the card show.
 */
import sv from '../../locales/sv.json' with { type: 'json' };

export type MessageKey = keyof typeof sv;
export type Locale = 'sv' | 'en';
export type Translate<K extends string> = (key: K, params?: Record<string, string | number>) => string;

interface Pack {
  sv: Record<string, string>;
  en: Record<string, string> | undefined;
  loadEn: () => Promise<{ default: Record<string, string> }>;
  pending: Promise<void> | undefined;
}

/** Swedish is always there; other languages load on demand (a Swedish popup carries no English). */
const packs: Pack[] = [];
let current: Locale = 'sv';

function loadPack(pack: Pack): Promise<void> {
  pack.pending ??= pack.loadEn().then(
    (module) => {
      pack.en = module.default;
    },
    (error: unknown) => {
      pack.pending = undefined; // the next loadLocale tries again
      throw error;
    },
  );
  return pack.pending;
}

/**
 * A set of strings with its Swedish texts at hand and its English loaded with the locale. A pack
 * defined after English was chosen loads its English at once; until then it speaks Swedish.
 */
export function definePack<K extends string>(
  svTexts: Record<K, string>,
  loadEn: () => Promise<{ default: Record<K, string> }>,
): Translate<K> {
  const pack: Pack = { sv: svTexts, en: undefined, loadEn, pending: undefined };
  packs.push(pack);
  if (current !== 'sv') loadPack(pack).catch((error: unknown) => console.warn('Hänvisa: strings', error));
  return (key, params = {}) => {
    const text = (current === 'en' ? pack.en?.[key] : undefined) ?? svTexts[key];
    return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );
  };
}

/** Switches to a locale whose messages are loaded; until they are, texts fall back to Swedish. */
export function setLocale(locale: Locale): void {
  current = locale;
}

export async function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en') await Promise.all(packs.map(loadPack));
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Picks English only when the browser prefers it over Swedish; everything else falls back to Swedish. */
export function pickLocale(languages: readonly string[]): Locale {
  for (const lang of languages) {
    if (lang.toLowerCase().startsWith('sv')) return 'sv';
    if (lang.toLowerCase().startsWith('en')) return 'en';
  }
  return 'sv';
}

/** The strings every surface shares: popup, side panel, card, content scripts, background. */
export const t: Translate<MessageKey> = definePack(sv, () => import('../../locales/en.json'));

/** A surface's own pack beside the shared strings: one translator for both, so one import. */
export function extendShared<K extends string>(
  svTexts: Record<K, string>,
  loadEn: () => Promise<{ default: Record<K, string> }>,
): Translate<K | MessageKey> {
  const own = definePack(svTexts, loadEn);
  const isOwn = (key: string): key is K => Object.hasOwn(svTexts, key);
  return (key, params) => (isOwn(key) ? own(key, params) : t(key, params));
}

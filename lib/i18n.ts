/**
 * UI strings: locales/<lang>.json, Swedish by default. Parameters are written {name} in the text.
 * The manifest's _locales are generated from the same files at build time.
 */
import sv from '../locales/sv.json' with { type: 'json' };

export type MessageKey = keyof typeof sv;
export type Locale = 'sv' | 'en';
type Messages = Record<MessageKey, string>;
/** Swedish is always there; other languages load on demand (a Swedish popup carries no English). */
const MESSAGES: Partial<Record<Locale, Messages>> = { sv };

let current: Locale = 'sv';

/** Switches to a locale whose messages are loaded; until they are, texts fall back to Swedish. */
export function setLocale(locale: Locale): void {
  current = locale;
}

export async function loadLocale(locale: Locale): Promise<void> {
  if (!MESSAGES[locale]) MESSAGES[locale] = (await import('../locales/en.json')).default as Messages;
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

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const text = MESSAGES[current]?.[key] ?? sv[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

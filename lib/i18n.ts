/**
 * UI strings: locales/<lang>.json, Swedish by default. Parameters are written {name} in the text.
 * The manifest's _locales are generated from the same files at build time.
 */
import en from '../locales/en.json' with { type: 'json' };
import sv from '../locales/sv.json' with { type: 'json' };

export type MessageKey = keyof typeof sv;
export type Locale = 'sv' | 'en';
const MESSAGES: Record<Locale, Record<MessageKey, string>> = { sv, en };

let current: Locale = 'sv';

export function setLocale(locale: Locale): void {
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
  const text = MESSAGES[current][key] ?? MESSAGES.sv[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

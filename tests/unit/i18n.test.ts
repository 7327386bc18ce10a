import { afterEach, describe, expect, it } from 'vitest';
import { loadLocale, pickLocale, setLocale, t } from '../../lib/i18n.ts';
import en from '../../locales/en.json' with { type: 'json' };
import sv from '../../locales/sv.json' with { type: 'json' };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('have the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
    }
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(sv), ...Object.entries(en)])
      expect(text.trim(), key).not.toBe('');
  });
});

describe('t()', () => {
  afterEach(() => setLocale('sv'));

  it('speaks Swedish by default and fills placeholders', () => {
    expect(t('appTitle')).toBe('Hänvisa');
    expect(t('searchLabel')).toBe(sv.searchLabel);
  });

  it('falls back to Swedish until English is loaded, then speaks English', async () => {
    setLocale('en');
    expect(t('searchLabel')).toBe(sv.searchLabel);
    await loadLocale('en');
    expect(t('searchLabel')).toBe(en.searchLabel);
  });

  it('picks Swedish unless the browser prefers English first', () => {
    expect(pickLocale(['sv-SE', 'en-US'])).toBe('sv');
    expect(pickLocale(['en-GB', 'sv'])).toBe('en');
    expect(pickLocale(['de-DE'])).toBe('sv');
    expect(pickLocale([])).toBe('sv');
  });
});

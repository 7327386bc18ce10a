import { afterEach, describe, expect, it } from 'vitest';
import { definePack, loadLocale, pickLocale, setLocale, t } from '../../lib/i18n/i18n.ts';
import { t as optionsT } from '../../lib/i18n/i18n-options.ts';
import browserEn from '../../locales/browser/en.json' with { type: 'json' };
import browserSv from '../../locales/browser/sv.json' with { type: 'json' };
import en from '../../locales/en.json' with { type: 'json' };
import handoutEn from '../../locales/handout/en.json' with { type: 'json' };
import handoutSv from '../../locales/handout/sv.json' with { type: 'json' };
import optionsEn from '../../locales/options/en.json' with { type: 'json' };
import optionsSv from '../../locales/options/sv.json' with { type: 'json' };
import quicksearchEn from '../../locales/quicksearch/en.json' with { type: 'json' };
import quicksearchSv from '../../locales/quicksearch/sv.json' with { type: 'json' };
import sidepanelEn from '../../locales/sidepanel/en.json' with { type: 'json' };
import sidepanelSv from '../../locales/sidepanel/sv.json' with { type: 'json' };
import sv from '../../locales/sv.json' with { type: 'json' };

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const PACKS: [string, Record<string, string>, Record<string, string>][] = [
  ['shared', sv, en],
  ['options', optionsSv, optionsEn],
  ['sidepanel', sidepanelSv, sidepanelEn],
  ['quicksearch', quicksearchSv, quicksearchEn],
  ['browser', browserSv, browserEn],
  ['handout', handoutSv, handoutEn],
];

describe.each(PACKS)('locale files: %s', (_name, svTexts, enTexts) => {
  it('have the same keys in Swedish and English', () => {
    expect(Object.keys(enTexts).sort()).toEqual(Object.keys(svTexts).sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const key of Object.keys(svTexts)) {
      expect(placeholders(enTexts[key] ?? ''), key).toEqual(placeholders(svTexts[key] ?? ''));
    }
  });

  it('have no empty texts', () => {
    for (const [key, text] of [...Object.entries(svTexts), ...Object.entries(enTexts)])
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

describe('string packs', () => {
  afterEach(() => setLocale('sv'));

  it('share no key, so a key means one text wherever it is used', () => {
    const seen = new Map<string, string>();
    for (const [name, texts] of PACKS)
      for (const key of Object.keys(texts)) {
        expect(seen.get(key), `${key} in ${name}`).toBeUndefined();
        seen.set(key, name);
      }
  });

  it("one surface's strings are not in the shared file every surface loads", () => {
    const own = /^(options|import|site|suggestions|command|ext)[A-Z]|^quickSearch(Label|Hint|Failed)$/;
    expect(Object.keys(sv).filter((key) => own.test(key))).toEqual([]);
  });

  it('the options translator speaks its own keys and the shared ones, in both languages', async () => {
    expect(optionsT('optionsTitle')).toBe(optionsSv.optionsTitle);
    expect(optionsT('appTitle')).toBe(sv.appTitle);
    await loadLocale('en');
    expect(optionsT('optionsTitle')).toBe(optionsEn.optionsTitle);
    expect(optionsT('searchLabel')).toBe(en.searchLabel);
  });

  it('a pack defined after English was chosen speaks Swedish until its English is in', async () => {
    await loadLocale('en');
    let arrive: (texts: { default: { hello: string } }) => void = () => {};
    const late = definePack({ hello: 'Hej {name}' }, () => new Promise((done) => (arrive = done)));
    expect(late('hello', { name: 'Ada' })).toBe('Hej Ada');
    arrive({ default: { hello: 'Hello {name}' } });
    await loadLocale('en');
    expect(late('hello', { name: 'Ada' })).toBe('Hello Ada');
    setLocale('sv');
    expect(late('hello')).toBe('Hej {name}');
  });

  it('a pack whose English fails to load keeps the locale unchanged and can be retried', async () => {
    let fail = true;
    const flaky = definePack({ a: 'ett' }, async () => {
      if (fail) throw new Error('offline');
      return { default: { a: 'one' } };
    });
    await expect(loadLocale('en')).rejects.toThrow('offline');
    expect(flaky('a')).toBe('ett');
    fail = false;
    await loadLocale('en');
    expect(flaky('a')).toBe('one');
  });
});

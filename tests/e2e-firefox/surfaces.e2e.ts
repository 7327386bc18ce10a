/**
 * Issue 13 in Firefox (firefox-esr, the built add-on): the popup lists a contact before the web
 * trainings and says there is no known number on Enter for a web-only resource; the options page
 * tells the administrator what is read and where the guide is, and names the shortcuts in
 * Swedish; text at 14 px or more and controls at 32 px or more on the popup, options and sidebar
 * page. The in-page overlay is not injected here: the driven Firefox has no service worker to run
 * scripting.executeScript from (docs/BROWSERS.md).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeSizes } from '../e2e/size-probe.ts';
import { type FirefoxExtension, launchFirefox, waitUntil } from './harness.ts';

describe('issue 13 in Firefox', () => {
  let ff: FirefoxExtension;
  beforeAll(async () => {
    ff = await launchFirefox();
  });
  afterAll(() => ff?.close());

  const names = (page: Page) =>
    page.$$eval('[role="option"] .result-name', (els) => els.map((e) => e.textContent ?? ''));

  it('lists a contact before the web trainings for "trafficking" in the popup', async () => {
    const page = await ff.open('popup', '', 'input[role="combobox"]');
    await page.type('input[role="combobox"]', 'trafficking');
    await waitUntil(page, () => document.querySelectorAll('[role="option"]').length > 3);
    const list = await names(page);
    expect(list[0]).not.toMatch(/utbildning|Rapport/);
    expect(list.indexOf('Stödtelefonen för yrkesverksamma (NMT)')).toBeLessThan(
      list.findIndex((n) => /webbutbildning/.test(n)),
    );
    await page.close();
  });

  it('says there is no known number on Enter for a web-only resource and offers its page', async () => {
    const page = await ff.open('popup', '', 'input[role="combobox"]');
    // The popup keeps the last query for a while: Esc clears it first.
    await page.focus('input[role="combobox"]');
    await page.keyboard.press('Escape');
    await page.type('input[role="combobox"]', 'umo');
    await waitUntil(page, () => document.querySelector('.active-glance strong')?.textContent === 'UMO.se');
    await page.keyboard.press('Enter');
    await waitUntil(page, () =>
      /inget känt telefonnummer/.test(document.querySelector('.notice')?.textContent ?? ''),
    );
    expect(await page.$eval('.offer a', (a) => a.textContent)).toMatch(/^Öppna webbplatsen: umo\.se/);
    await page.close();
  });

  it('tells the administrator what is read and where the guide is, with Swedish shortcut names', async () => {
    const page = await ff.open('options', '', '#shortcuts tr');
    const about = await page.$eval('.options-about', (p) => p.textContent ?? '');
    expect(about).toMatch(/ingenting lämnar webbläsaren/);
    expect(about).toMatch(/docs\/ADMIN\.md/);
    const rows = await page.$$eval('#shortcuts tr', (trs) =>
      trs.map((tr) => [tr.getAttribute('data-command'), tr.querySelector('td')?.textContent]),
    );
    expect(Object.fromEntries(rows)).toMatchObject({
      _execute_action: 'Öppna Hänvisa med fokus i sökrutan',
      _execute_sidebar_action: 'Öppna Hänvisa i sidopanelen',
      'quick-search': 'Snabbsök på sidan och infoga i journalen',
      'discreet-mode': 'Diskret läge på eller av',
    });
    await page.close();
  });

  it('renders text at 14 px or more and controls at 32 px or more on the popup, options and sidebar page', async () => {
    const pages: [string, Page][] = [
      ['popup', await ff.open('popup', '', 'input[role="combobox"]')],
      ['options', await ff.open('options', '', '#shortcuts tr')],
      ['sidebar', await ff.open('sidepanel', '', 'h1')],
    ];
    const [, popup] = pages[0] as [string, Page];
    await popup.focus('input[role="combobox"]');
    await popup.keyboard.press('Escape');
    await popup.type('input[role="combobox"]', 'kvinnofrid');
    await popup.waitForSelector('.active-glance a[href^="tel:"]');
    for (const [name, page] of pages) {
      const sizes = await page.evaluate(probeSizes, null);
      console.log(
        `Firefox ${name}: smallest text ${sizes.smallestText} px, lowest control ${sizes.lowestControl} px`,
      );
      expect(sizes.small, name).toEqual([]);
      expect(sizes.texts, name).toBeGreaterThan(2);
      await page.close();
    }
  });
});

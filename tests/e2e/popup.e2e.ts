import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Extension, launchExtension } from './harness.ts';

describe('the popup in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
    // Chromium refuses an explicit chrome-extension:// origin here ("opaque origin"); a grant
    // for every origin reaches the extension page.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(() => ext?.close());

  async function openPopup(): Promise<Page> {
    const page = await ext.open('popup');
    await page.getByRole('combobox').waitFor();
    return page;
  }
  const activeName = (page: Page) =>
    page.evaluate(() => {
      const id = document.querySelector('[role=combobox]')?.getAttribute('aria-activedescendant');
      return id ? document.getElementById(id)?.querySelector('.result-name')?.textContent : null;
    });

  it('opens with focus in the search box, finds a typo, moves with arrows and copies with Enter', async () => {
    const page = await openPopup();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('combobox');
    await page.keyboard.type('kvinofrid');
    await expect.poll(() => activeName(page)).toBe('Kvinnofridslinjen');
    const count = await page.getByRole('option').count();
    if (count > 1) {
      await page.keyboard.press('ArrowDown');
      await expect.poll(() => activeName(page)).not.toBe('Kvinnofridslinjen');
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => activeName(page)).toBe('Kvinnofridslinjen');
    }
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('020-50 50 50');
    await expect.poll(() => page.getByText('Kopierat: 020-50 50 50').count()).toBe(1);
    await page.close();
  });

  it('narrows the list with filters', async () => {
    const page = await openPopup();
    await page.keyboard.press('Escape');
    const all = await page.getByRole('option').count();
    expect(all).toBeGreaterThan(10);
    await page.getByRole('button', { name: 'Råd till personal' }).click();
    await expect.poll(() => page.getByRole('option').count()).toBeLessThan(all);
    const staff = await page.getByRole('option').count();
    await page.getByRole('button', { name: 'under 15' }).click();
    await expect.poll(() => page.getByRole('option').count()).toBeLessThanOrEqual(staff);
    await page.getByRole('button', { name: 'Råd till personal' }).click();
    await page.getByRole('button', { name: 'under 15' }).click();
    await expect.poll(() => page.getByRole('option').count()).toBe(all);
    await page.close();
  });

  it('keeps query, filters and active result when the popup is opened again', async () => {
    const first = await openPopup();
    await first.getByRole('combobox').fill('stödlinjen');
    await first.getByRole('button', { name: 'För patienten' }).click();
    await first.getByRole('combobox').focus();
    await first.keyboard.press('ArrowDown');
    const active = await activeName(first);
    expect(active).toBeTruthy();
    await first.close();

    const again = await openPopup();
    await expect.poll(() => again.getByRole('combobox').inputValue()).toBe('stödlinjen');
    expect(await again.getByRole('button', { name: 'För patienten' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await expect.poll(() => activeName(again)).toBe(active);
    await again.close();
  });

  it('lists a contact before the web trainings for "trafficking" and "människohandel", at a glance', async () => {
    // No filter left from the test before: the staff line must be allowed to show.
    await ext.inWorker((chrome) => chrome.storage.session.remove('popupState'));
    const page = await openPopup();
    for (const query of ['trafficking', 'människohandel']) {
      await page.getByRole('combobox').fill(query);
      await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(3);
      const names = await page.locator('[role=option] .result-name').allTextContents();
      expect(names[0], query).not.toMatch(/utbildning|Rapport/);
      const nmt = names.indexOf('Stödtelefonen för yrkesverksamma (NMT)');
      const firstCourse = names.findIndex((n) => /webbutbildning/.test(n));
      expect(nmt, query).toBeGreaterThanOrEqual(0);
      expect(nmt, query).toBeLessThan(firstCourse);
      // The active result at a glance: its number, chat or web link, or that none is known.
      const glance = page.locator('.active-glance');
      await expect.poll(() => glance.locator('strong').textContent()).toBe(names[0]);
      expect(await glance.locator('.glance a, .glance-none').count()).toBeGreaterThan(0);
    }
    await page.getByRole('combobox').fill('stödtelefonen yrkesverksamma');
    await expect
      .poll(() => page.locator('.active-glance a.phone').getAttribute('href'))
      .toBe('tel:+4620390000');
    expect(await page.locator('.active-glance .hours-status').textContent()).toMatch(
      /^(Öppet nu|Stängt · öppnar|Öppettider okända)/,
    );
    await page.close();
  });

  it('says there is no known number on Enter and offers the web page, which a second Enter opens', async () => {
    await ext.context.route(/^https:\/\/(www\.)?umo\.se\//, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>UMO</title>' }),
    );
    const page = await openPopup();
    await page.getByRole('combobox').fill('umo');
    await expect.poll(() => activeName(page)).toBe('UMO.se');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.locator('.notice').textContent())
      .toBe('UMO.se har inget känt telefonnummer. Tryck Enter igen för att öppna webbplatsen.');
    expect(await page.getByRole('link', { name: /^Öppna webbplatsen: umo\.se/ }).count()).toBe(1);
    expect(ext.context.pages().some((p) => /umo\.se/.test(p.url()))).toBe(false);
    const opened = ext.context.waitForEvent('page');
    await page.keyboard.press('Enter');
    const tab = await opened;
    await tab.waitForURL(/umo\.se/);
    await tab.close();
    await page.close();
    await ext.context.unroute(/^https:\/\/(www\.)?umo\.se\//);
  });

  it('has no axe-core violations, with a card and its QR code open', async () => {
    const page = await openPopup();
    await page.getByRole('combobox').fill('kvinnofridslinjen');
    await page.getByRole('button', { name: 'Visa QR-kod' }).click();
    await page.getByRole('img', { name: /QR-kod/ }).waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    const summary = result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
    await page.close();
  });
});

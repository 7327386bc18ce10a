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

/**
 * The patient's handout in Chromium with the built extension: "Ge till patienten" on a card opens
 * the slip and its print dialog; the slip printed to PDF (Chromium's own print path) holds the
 * number and no word that says what the visit is about, at 85 × 55 mm on one card, in Swedish
 * and English; unknown numbers, ids and the administrator's lines; axe-core on the page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sensitiveIn } from '../sensitive-words.ts';
import { reloadPolicies, removePolicy, writePolicy } from './admin-fixtures.ts';
import { type Extension, launchExtension } from './harness.ts';
import { pdfText } from './pdf-text.ts';

/** Resources whose own name or organisation says what they are about. */
const TELLING = ['kvinnofridslinjen', 'pegasuschatten', 'kast', 'ditt-ecpat', 'stodlinjen-for-transpersoner'];

async function openHandout(ext: Extension, query: string): Promise<Page> {
  const page = await ext.open('handout', query);
  await page.locator('.slip').waitFor();
  return page;
}

async function printed(page: Page) {
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  return pdfText(pdf);
}

/** What the screen shows or a screen reader says, for someone who can see the clinician's screen. */
function onScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    // innerText: what is rendered, not what is in closed parts of the page.
    // biome-ignore lint/performance/useDomNodeTextContent: see above
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[aria-label]'))
      parts.push(el.getAttribute('aria-label') ?? '');
    return parts.join('\n');
  });
}

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('the handout, without a policy', () => {
  let ext: Extension;
  beforeAll(async () => {
    removePolicy();
    ext = await launchExtension();
    // Count the print dialogs instead of opening them.
    await ext.context.addInitScript(() => {
      const w = window as unknown as { print(): void; printed: number };
      w.printed = 0;
      w.print = () => {
        w.printed++;
      };
    });
  });
  afterAll(async () => {
    await ext?.close();
  });

  it('"Ge till patienten" on a card opens the slip and its print dialog once, with only an id in the address', async () => {
    const popup = await ext.open('popup');
    await popup.getByRole('combobox').fill('kvinnofridslinjen');
    const button = popup.getByRole('button', { name: 'Ge till patienten: Kvinnofridslinjen' });
    const [slip] = await Promise.all([ext.context.waitForEvent('page'), button.click()]);
    await slip.locator('.slip').waitFor();
    expect(new URL(slip.url()).pathname).toBe('/handout.html');
    expect(new URL(slip.url()).search).toBe('?id=kvinnofridslinjen&lang=sv');
    await expect.poll(() => slip.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await slip.reload();
    await slip.locator('.slip').waitFor();
    expect(await slip.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
    await slip.close();
    await popup.close();
  });

  it('prints one 85 × 55 mm card with the number, its hours and hints, and no telling word', async () => {
    const page = await openHandout(ext, '?id=kvinnofridslinjen&lang=sv');
    const pdf = await printed(page);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.sizeMm[0]).toEqual([85, 55]);
    expect(pdf.text).toContain('Viktiga nummer');
    expect(pdf.text).toContain('Nationell stödlinje');
    expect(pdf.text).toContain('020-50 50 50');
    expect(pdf.text).toContain('Syns inte på telefonräkningen');
    for (const number of ['112', '1177', '114 14']) expect(pdf.text).toContain(number);
    expect(sensitiveIn(pdf.text)).toEqual([]);
    // The QR code is for the screen, and says nothing either.
    await expect(page.getByRole('img', { name: 'QR-kod som ringer 020-50 50 50' }).isVisible()).resolves.toBe(
      true,
    );
    expect(sensitiveIn(await onScreen(page))).toEqual([]);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it.each(TELLING)('%s: no telling word on the slip, in Swedish or English', async (id) => {
    for (const lang of ['sv', 'en']) {
      const page = await openHandout(ext, `?id=${id}&lang=${lang}`);
      const pdf = await printed(page);
      expect(sensitiveIn(pdf.text), `${id} ${lang}`).toEqual([]);
      expect(pdf.text).toContain(lang === 'en' ? 'Useful numbers' : 'Viktiga nummer');
      await page.close();
    }
  });

  it('speaks English on the slip when asked, and the language can be switched on the page', async () => {
    const page = await openHandout(ext, '?id=kvinnofridslinjen&lang=en');
    let pdf = await printed(page);
    expect(pdf.text).toContain('National helpline');
    expect(pdf.text).toContain('Does not show on the phone bill');
    expect(pdf.text).toContain('Open 24 hours');
    await page.getByRole('radio', { name: 'Svenska' }).check();
    await expect.poll(() => page.locator('.slip').getAttribute('lang')).toBe('sv');
    expect(new URL(page.url()).search).toBe('?id=kvinnofridslinjen&lang=sv');
    pdf = await printed(page);
    expect(pdf.text).toContain('Öppet dygnet runt');
    await page.close();
  });

  it('says "Nummer saknas" where no number is known, and never invents one', async () => {
    const page = await openHandout(ext, '?id=jourhavande-medmanniska&lang=sv');
    const pdf = await printed(page);
    expect(pdf.text).toContain('Samtalsstöd\nNummer saknas');
    expect(await page.getByRole('status').textContent()).toContain('inget känt nummer');
    expect(await page.getByRole('img').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('an unknown id: the general lines only, and the screen says why', async () => {
    const page = await openHandout(ext, '?id=finns-inte&lang=sv');
    const pdf = await printed(page);
    const lines = pdf.text.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Viktiga nummer',
      'Larmnummer 112 · Öppet dygnet runt',
      'Sjukvårdsrådgivning 1177 · Öppet dygnet runt',
    ]);
    expect(lines[3]).toMatch(/^Myndighet 114 14 · Öppettider okända/);
    expect(await page.getByRole('status').textContent()).toContain('finns inte i katalogen');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(0);
    await page.close();
  });
});

/** Waits until the background has read the policy and mirrored it for the pages. */
async function mirroredFeatures(ext: Extension, features: string[]): Promise<void> {
  const until = Date.now() + 20_000;
  for (;;) {
    const { pagePolicy } = await ext.inWorker((chrome) => chrome.storage.local.get('pagePolicy'));
    const now = pagePolicy?.settings?.disabledFeatures ?? [];
    if (JSON.stringify(now) === JSON.stringify(features)) return;
    if (Date.now() > until) throw new Error(`policy not mirrored: ${JSON.stringify(now)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the handout with the administrator's lines (policy handoutLines)", () => {
  let ext: Extension;
  beforeAll(async () => {
    writePolicy({ handoutLines: ['vardguiden-1177', 'nedlagd-linje'], disabledFeatures: ['qrCode'] });
    ext = await launchExtension();
    await mirroredFeatures(ext, ['qrCode']);
  });
  afterAll(async () => {
    removePolicy();
    await ext?.close();
  });

  it('prints the chosen line and only the listed general lines; a listed id not in the catalogue is counted', async () => {
    const page = await openHandout(ext, '?id=kvinnofridslinjen&lang=sv');
    const pdf = await printed(page);
    expect(pdf.text).toContain('020-50 50 50');
    expect(pdf.text).toContain('Sjukvårdsrådgivning 1177');
    expect(pdf.text).not.toContain('114 14');
    expect(sensitiveIn(pdf.text)).toEqual([]);
    expect(await page.getByRole('status').textContent()).toContain(
      'inte finns i katalogen och inte är med: 1.',
    );
    // qrCode switched off: no code on the screen either.
    expect(await page.getByRole('img').count()).toBe(0);
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('an administrator can switch handouts off: no button on the card, and the page says so', async () => {
    writePolicy({ disabledFeatures: ['handout'] });
    await reloadPolicies(ext.context);
    await mirroredFeatures(ext, ['handout']);
    const popup = await ext.open('popup');
    await popup.getByRole('combobox').fill('kvinnofridslinjen');
    await popup.getByRole('button', { name: 'Kopiera journaltext' }).waitFor();
    expect(await popup.getByRole('button', { name: /Ge till patienten/ }).count()).toBe(0);
    await popup.close();
    const page = await ext.open('handout', '?id=kvinnofridslinjen&lang=sv');
    await expect(page.getByRole('alert').textContent()).resolves.toContain('avstängda');
    expect(await page.locator('.slip').count()).toBe(0);
    await page.close();
  });
});

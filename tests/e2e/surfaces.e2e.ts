/**
 * Every extension page in Chromium with the built extension, as a user sees it: text at 14 px or
 * more and controls at 32 px or more from computed styles (the extension pages' 75 % default must
 * not win), axe-core with no violation in normal and in discreet mode, the options page's two
 * sentences for the administrator and its shortcut names in Swedish, and one home region for the
 * options page and the side panel. The in-page overlay is measured in overlay.e2e.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type Extension, launchExtension } from './harness.ts';
import { enableSite, tabIdOf } from './site-access.ts';
import { axeViolations, measureSizes } from './surface-checks.ts';

const NOTE = ' Kvinna 19 år, hbtq. Hon berättar att hon har sålt sex mot ersättning.';
const DATA = resolve(import.meta.dirname, '../../data/resources');
/** Resources whose coverage is Region Halland alone. */
const HALLAND_ONLY = readdirSync(DATA)
  .map((f) => JSON.parse(readFileSync(join(DATA, f), 'utf8')))
  .filter((r) => r.coverage?.scope === 'regions' && r.coverage.regions.join() === '13')
  .map((r) => r.id as string);

describe('every surface: sizes, axe, options and home region', () => {
  let ext: Extension;
  let demo: DemoServer;
  let panel: Page;
  let popup: Page;
  let options: Page;
  const surfaces = () => ({ popup, panel, options });

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension();
    await enableSite(ext);
    const journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
    const tabId = await tabIdOf(ext, `${demo.origin}/journal.html*`);
    panel = await ext.open('sidepanel', `?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 800 });
    await journal.bringToFront();
    await journal.locator('#editor p').last().click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(NOTE);
    await panel.locator('[data-suggestion-row]').first().waitFor();
    popup = await ext.open('popup');
    await popup.setViewportSize({ width: 440, height: 600 });
    await popup.getByRole('combobox').fill('kvinnofrid');
    await popup.locator('.active-glance a[href^="tel:"]').waitFor();
    options = await ext.open('options');
    await options.locator('#shortcuts tr').first().waitFor();
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  it('renders text at 14 px or more and controls at 32 px or more on the popup, side panel and options', async () => {
    for (const [name, page] of Object.entries(surfaces())) {
      const sizes = await measureSizes(page);
      console.log(
        `${name}: smallest text ${sizes.smallestText} px of ${sizes.texts}, lowest control ${sizes.lowestControl} px of ${sizes.controls}`,
      );
      expect(sizes.small, name).toEqual([]);
      expect(sizes.texts, name).toBeGreaterThan(10);
      expect(sizes.controls, name).toBeGreaterThan(2);
    }
  });

  it('passes axe-core on the popup, side panel and options', async () => {
    for (const [name, page] of Object.entries(surfaces()))
      expect(await axeViolations(page), name).toEqual([]);
  });

  it('passes axe-core and keeps the sizes in discreet mode', async () => {
    await panel.getByRole('button', { name: 'Diskret läge' }).click();
    await expect.poll(() => popup.locator('.card').count()).toBe(0);
    for (const [name, page] of Object.entries(surfaces())) {
      expect(await axeViolations(page), `${name} (discreet)`).toEqual([]);
      expect((await measureSizes(page)).small, `${name} (discreet)`).toEqual([]);
    }
    await panel.getByRole('button', { name: 'Diskret läge' }).click();
    await expect
      .poll(() => panel.getByRole('button', { name: 'Diskret läge' }).getAttribute('aria-pressed'))
      .toBe('false');
  });

  it('tells the administrator in two sentences what is read, that nothing leaves, and where the guide is', async () => {
    const about = (await options.locator('.options-about').textContent()) ?? '';
    expect(about.split(/(?<=\.)\s+(?=[A-ZÅÄÖ])/)).toHaveLength(2);
    expect(about).toMatch(/läser texten på sidan/);
    expect(about).toMatch(/ingenting lämnar webbläsaren/);
    expect(about).toMatch(/docs\/ADMIN\.md/);
  });

  it('names the shortcuts in Swedish whatever the browser’s language', async () => {
    const rows = await options
      .locator('#shortcuts tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-command'), tr.querySelector('td')?.textContent]),
      );
    expect(Object.fromEntries(rows)).toEqual({
      _execute_action: 'Öppna Hänvisa med fokus i sökrutan',
      'open-side-panel': 'Öppna Hänvisa i sidopanelen',
      'quick-search': 'Snabbsök på sidan och infoga i journalen',
      'discreet-mode': 'Diskret läge på eller av',
    });
  });

  it('shows and uses one home region: Halland by default in both, another when chosen', async () => {
    const select = options.locator('#home-region');
    expect(await select.locator('option:checked').textContent()).toBe('Hallands län (standard)');
    // Each shown row of a resource only for Halland, with its reasons (the full list is the title).
    const hallandRows = () =>
      panel
        .locator('[data-suggestion-row]')
        .evaluateAll(
          (rows, only) =>
            rows
              .filter((r) => only.includes(r.getAttribute('data-suggestion-row') ?? ''))
              .map((r) => r.querySelector('.suggestion-reasons')?.getAttribute('title') ?? ''),
          HALLAND_ONLY,
        );
    await expect.poll(hallandRows).toContainEqual(expect.stringMatching(/finns i din region/));
    await select.selectOption('14');
    await expect.poll(async () => (await hallandRows()).every((r) => /annan region/.test(r))).toBe(true);
    await select.selectOption('');
    await expect.poll(hallandRows).toContainEqual(expect.stringMatching(/finns i din region/));
  });

  it('shows one age control and one site-state line in the panel, and nothing under an empty search', async () => {
    expect(await panel.getByRole('group', { name: /Ålder/ }).count()).toBe(1);
    expect(await panel.locator('.site-toggle p').count()).toBe(1);
    await panel.locator('#sidepanel-q').fill('');
    expect(await panel.locator('#sidepanel-results [role=option]').count()).toBe(0);
    expect(await panel.locator('.search-panel .card, .search-panel .active-glance').count()).toBe(0);
  });
});

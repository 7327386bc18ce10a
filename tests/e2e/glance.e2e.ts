/**
 * The side panel at a glance, in Chromium with the built extension, in a 400 × 800 window: the
 * number and status of each suggestion without a click, groups in the order of need, the keys from
 * the panel to the top number, details opening in place, font and control sizes, and a journal
 * line that does not stick to the text before it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type Extension, launchExtension } from './harness.ts';
import { enableSite, tabIdOf } from './site-access.ts';

const NOTE = ' Kvinna 32 år. Hon berättar att hon har sålt sex mot ersättning.';
const ACUTE_NOTE = ' Han hotar att döda henne i kväll, hon vågar inte gå hem.';

describe('suggestions at a glance (400 × 800)', () => {
  let ext: Extension;
  let demo: DemoServer;
  let journal: Page;
  let panel: Page;

  const type = async (text: string) => {
    await journal.bringToFront();
    await journal.locator('#editor p').last().click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(text);
  };

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension();
    await enableSite(ext);
    journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
    const tabId = await tabIdOf(ext, `${demo.origin}/journal.html*`);
    panel = await ext.open('sidepanel', `?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 800 });
    await type(NOTE);
    await panel.locator('[data-suggestion-row]').first().waitFor();
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  it('shows number and live status on the first three contacts without a click, above the fold', async () => {
    const rows = panel.locator('.suggestion-group--contact [data-suggestion-row]');
    expect(await rows.count()).toBeGreaterThanOrEqual(3);
    expect(await panel.evaluate(() => window.scrollY)).toBe(0);
    for (let i = 0; i < 3; i++) {
      const row = rows.nth(i);
      const channel = row.locator('.glance a, .glance-none').first();
      const box = await channel.boundingBox();
      expect(box, `row ${i} has a visible channel`).not.toBeNull();
      expect((box?.y ?? 9999) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
    }
    const first = rows.first();
    expect(await first.locator('a.phone').getAttribute('href')).toMatch(/^tel:/);
    expect(await first.locator('.hours-status').textContent()).toMatch(
      /^(Öppet nu|Öppet dygnet runt|Stängt · öppnar|Öppettider okända)/,
    );
    expect(await first.locator('.glance-for').textContent()).toMatch(/^För /);
  });

  it('shows the guidance for staff on the need below the contacts, one focus stop', async () => {
    const note = panel.locator('.guidance-note');
    await note.first().waitFor();
    expect(await note.count()).toBe(1);
    await expect(note.locator('h3.group-heading').textContent()).resolves.toMatch(/sex mot ersättning/i);
    expect(await note.getAttribute('tabindex')).toBe('0');
    const order = await panel
      .locator('.suggestions > section, .suggestions > details, .suggestions > .guidance-note')
      .evaluateAll((els) => els.map((el) => el.className));
    expect(order.indexOf('guidance-note')).toBeGreaterThan(
      order.findIndex((c) => c.includes('suggestion-group--contact')),
    );
  });

  it('puts the duty to report before the contacts for a child, and Fördjupning closed', async () => {
    expect(await panel.locator('.duty-note').count()).toBe(0);
    // The one age control (beside the search) sets the age the suggestions are for.
    await panel.getByRole('group', { name: 'Ålder:' }).getByRole('button', { name: '15–17' }).click();
    await panel.locator('.duty-note').waitFor();
    const order = await panel
      .locator('.suggestions > section, .suggestions > details')
      .evaluateAll((els) => els.map((el) => el.className));
    expect(order.indexOf('duty-note')).toBeLessThan(
      order.findIndex((c) => c.includes('suggestion-group--contact')),
    );
    await expect(panel.locator('.duty-note').textContent()).resolves.toMatch(/det räcker med en misstanke/);
    expect(await panel.locator('details.suggestion-group--learn').getAttribute('open')).toBeNull();
  });

  it('reaches the top number from the panel with Tab and copies it with Enter', async () => {
    await panel.bringToFront();
    await panel.evaluate(() => window.scrollTo(0, 0));
    // As a user who has just opened the panel: a click at its top, then Tab.
    await panel.mouse.click(390, 5);
    let tabs = 0;
    for (; tabs < 10; tabs++) {
      await panel.keyboard.press('Tab');
      if (await panel.evaluate(() => document.activeElement?.hasAttribute('data-suggestion-row'))) break;
    }
    tabs += 1;
    const number = await panel.evaluate(
      () => document.activeElement?.querySelector('.glance a.phone')?.firstChild?.textContent ?? '',
    );
    expect(number).toMatch(/\d/);
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.locator('.suggestions .notice').textContent()).toBe(`Kopierat: ${number}`);
    // Tab presses to the first suggestion, then Enter.
    console.log(`keys from the panel to the top number copied: ${tabs} × Tab + Enter`);
    expect(tabs).toBeLessThanOrEqual(4);
    // ↓ moves to the next suggestion; Tab would too: one stop per suggestion.
    const firstId = await panel.evaluate(() => document.activeElement?.getAttribute('data-suggestion-row'));
    await panel.keyboard.press('ArrowDown');
    const secondId = await panel.evaluate(() => document.activeElement?.getAttribute('data-suggestion-row'));
    expect(secondId).toBeTruthy();
    expect(secondId).not.toBe(firstId);
    await panel.keyboard.press('Tab');
    expect(await panel.evaluate(() => document.activeElement?.hasAttribute('data-suggestion-row'))).toBe(
      true,
    );
  });

  it('opens details in place: focus stays on the button and the panel does not scroll', async () => {
    const row = panel.locator('.suggestion-group--contact [data-suggestion-row]').first();
    await row.focus();
    await panel.keyboard.press('ArrowRight');
    for (let i = 0; i < 6; i++) {
      const label = await panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (label.startsWith('Detaljer om')) break;
      await panel.keyboard.press('ArrowRight');
    }
    const before = await panel.evaluate(() => ({
      y: window.scrollY,
      label: document.activeElement?.getAttribute('aria-label'),
    }));
    expect(before.label).toMatch(/^Detaljer om /);
    await panel.keyboard.press('Enter');
    await row.locator('.card').waitFor();
    const after = await panel.evaluate(() => ({
      y: window.scrollY,
      label: document.activeElement?.getAttribute('aria-label'),
      expanded: document.activeElement?.getAttribute('aria-expanded'),
    }));
    expect(after).toEqual({ y: before.y, label: before.label, expanded: 'true' });
    await panel.keyboard.press('Enter');
  });

  it('renders text at 14 px or more and controls at 32 px or more', async () => {
    const sizes = await panel.evaluate(() => {
      const px = (el: Element | null) => (el ? Number.parseFloat(getComputedStyle(el).fontSize) : 0);
      const texts = [
        ...document.querySelectorAll('.suggestions p, .suggestions h3, .suggestions li, label, .muted'),
      ];
      const buttons = [...document.querySelectorAll('button, summary')].filter(
        (b) => b.getClientRects().length > 0,
      );
      return {
        body: px(document.body),
        smallestText: Math.min(...texts.filter((t) => t.getClientRects().length > 0).map(px)),
        lowestButton: Math.min(...buttons.map((b) => b.getBoundingClientRect().height)),
      };
    });
    console.log(
      `side panel: body ${sizes.body} px, smallest text ${sizes.smallestText} px, lowest control ${sizes.lowestButton} px`,
    );
    expect(sizes.body).toBe(16);
    expect(sizes.smallestText).toBeGreaterThanOrEqual(14);
    expect(sizes.lowestButton).toBeGreaterThanOrEqual(32);
  });

  it('inserts the journal line on a new line after the note, without a web address', async () => {
    await type(' Mamma vet inte om det.');
    await panel.bringToFront();
    await panel
      .getByRole('button', { name: /^Infoga i journalen: / })
      .first()
      .click();
    await panel.getByText('Infogat i journalen.').first().waitFor();
    // innerText, not textContent: the line break between the paragraphs is what is tested.
    // biome-ignore lint/performance/useDomNodeTextContent: see above
    const text = await journal.locator('#editor').evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toMatch(/Mamma vet inte om det\.\s*\n\s*Hänvisning: /);
    expect(text).not.toMatch(/det\.Hänvisning/);
    expect(text).not.toMatch(/https?:\/\//);
  });

  it('shows Akut first, with the word in the heading and on the row, when the note signals danger', async () => {
    await type(ACUTE_NOTE);
    await panel.locator('.suggestion-group--akut').waitFor();
    const first = await panel.locator('.suggestions section').first().getAttribute('class');
    expect(first).toContain('suggestion-group--akut');
    await expect(panel.locator('#group-akut').textContent()).resolves.toMatch(/Akut/);
    await expect(panel.locator('.suggestion--akut .akut-marker').first().textContent()).resolves.toMatch(
      /AKUT/,
    );
    // 112 with the police beside it in one row: the contacts below keep their three places.
    const akutRows = panel.locator('.suggestion-group--akut li[data-suggestion-row]');
    expect(await akutRows.count()).toBe(1);
    expect(await akutRows.first().getAttribute('data-suggestion-row')).toBe('sos-112');
    expect(await akutRows.first().locator('.alternative--police a[href="tel:11414"]').count()).toBe(1);
    expect(await panel.locator('.suggestion-group--contact li[data-suggestion-row]').count()).toBe(3);
  });

  it('passes axe-core with the groups, the duty note and an open card', async () => {
    const result = await new AxeBuilder({ page: panel }).analyze();
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  });
});

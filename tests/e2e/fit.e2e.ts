/**
 * The side panel at 400 × 800 in Chromium with the built extension: the first three suggestions
 * with their numbers fit without scrolling, for an adult, for a child (the duty-to-report note
 * above them) and for a child who may be a trafficking victim (the police and 112 first); the
 * police and 112 are there for a suspected trafficking victim without crowding out the talk
 * lines; and the keys from the panel to the top number.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type Extension, launchExtension } from './harness.ts';
import { enableSite, tabIdOf } from './site-access.ts';

const ADULT = ' Kvinna 32 år. Hon berättar att hon har sålt sex mot ersättning.';
const CHILD = ' Flicka 15 år. Hon berättar att hon har sålt sex mot ersättning.';
const TRAFFICKED_CHILD =
  ' Flicka 16 år. Arbetsgivaren har tagit hennes pass och hon har en skuld att arbeta av.';
const TRAFFICKED_ADULT =
  ' Kvinna 24 år. Arbetsgivaren har tagit hennes pass och hon har en skuld att arbeta av.';

describe('the side panel at 400 × 800', () => {
  let ext: Extension;
  let demo: DemoServer;

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension();
    await enableSite(ext);
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  /** A fresh journal with `note` typed into it, and the panel for its tab at 400 × 800. */
  async function panelFor(note: string): Promise<{ journal: Page; panel: Page }> {
    const journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
    const tabId = await tabIdOf(ext, `${demo.origin}/journal.html*`);
    const panel = await ext.open('sidepanel', `?tab=${tabId}`);
    await panel.setViewportSize({ width: 400, height: 800 });
    await journal.bringToFront();
    await journal.locator('#editor p').last().click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(note);
    await panel.locator('li[data-suggestion-row]').first().waitFor();
    // The reader reports as the user types: wait until the panel has settled on the whole note.
    await panel.waitForTimeout(800);
    return { journal, panel };
  }
  /** The first three suggestion rows: id and the bottom of the number (or chat, or web link). */
  const firstThree = (panel: Page) =>
    panel.locator('li[data-suggestion-row]').evaluateAll((rows) =>
      rows.slice(0, 3).map((row) => {
        const channel = row.querySelector('.glance a, .glance-none');
        return {
          id: row.getAttribute('data-suggestion-row'),
          bottom: channel ? channel.getBoundingClientRect().bottom : Number.POSITIVE_INFINITY,
          number: row.querySelector('.glance a.phone')?.firstChild?.textContent ?? null,
        };
      }),
    );

  it.each([
    ['an adult', ADULT, false],
    ['a child, under the duty-to-report note', CHILD, true],
    ['a child who may be trafficked, under the police and the duty note', TRAFFICKED_CHILD, true],
  ])('fits the first three suggestions with their numbers for %s', async (_, note, duty) => {
    const { journal, panel } = await panelFor(note);
    await expect.poll(() => panel.locator('.duty-note').count()).toBe(duty ? 1 : 0);
    expect(await panel.evaluate(() => window.scrollY)).toBe(0);
    const rows = await firstThree(panel);
    console.log(
      `400 × 800, ${note.trim().slice(0, 12)}…: ${rows.map((r) => `${r.id} ${Math.round(r.bottom)}`).join(', ')}`,
    );
    expect(rows).toHaveLength(3);
    for (const row of rows) expect(row.bottom, `${row.id} above the fold`).toBeLessThanOrEqual(800);
    if (duty) {
      const note = await panel.locator('.duty-note').boundingBox();
      expect((note?.y ?? 9999) + (note?.height ?? 0)).toBeLessThanOrEqual(800);
    }
    await panel.close();
    await journal.close();
  });

  it('puts the police first with 112 beside them for a suspected trafficking victim, and keeps three contacts', async () => {
    const { journal, panel } = await panelFor(TRAFFICKED_ADULT);
    const order = await panel
      .locator('.suggestions > section.suggestion-group')
      .evaluateAll((els) => els.map((el) => el.className));
    expect(order[0]).toContain('suggestion-group--akut');
    expect(await panel.locator('#group-akut').textContent()).toMatch(/Polis och skydd/);
    const police = panel.locator('.suggestion-group--akut li[data-suggestion-row]').first();
    expect(await police.getAttribute('data-suggestion-row')).toBe('polisen-114-14');
    expect(await police.locator('.glance a.phone').first().getAttribute('href')).toBe('tel:11414');
    expect(await police.locator('.alternative--emergency a[href="tel:112"]').count()).toBe(1);
    // Not acute: no AKUT marker, and the contacts keep their three places for the talk and support lines.
    expect(await panel.locator('.akut-marker').count()).toBe(0);
    const contacts = await panel
      .locator('.suggestion-group--contact li[data-suggestion-row]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-suggestion-row')));
    expect(contacts).toHaveLength(3);
    expect(contacts).not.toContain('polisen-114-14');
    await panel.close();
    await journal.close();
  });

  it('reaches the top number from the opened panel with three Tabs and copies it with Enter', async () => {
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { journal, panel } = await panelFor(ADULT);
    await panel.bringToFront();
    // As the panel is when it opens: nothing in it has focus.
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const stops: string[] = [];
    for (let i = 0; i < 10; i++) {
      await panel.keyboard.press('Tab');
      const at = await panel.evaluate(() => {
        const a = document.activeElement;
        return a?.getAttribute('data-suggestion-row') ? 'row' : (a?.textContent ?? '').trim();
      });
      stops.push(at);
      if (at === 'row') break;
    }
    const number = await panel.evaluate(
      () => document.activeElement?.querySelector('.glance a.phone')?.firstChild?.textContent ?? '',
    );
    await panel.keyboard.press('Enter');
    await expect.poll(() => panel.evaluate(() => navigator.clipboard.readText())).toBe(number);
    console.log(
      `keys from the opened panel to the top number copied: ${stops.length} × Tab (${stops.join(' → ')}) + Enter`,
    );
    expect(stops).toEqual(['Diskret läge', 'Stäng av', 'row']);
    await panel.close();
    await journal.close();
  });
});

/**
 * Discreet mode in Chromium with the built extension: after the toggle, no word that says what the
 * visit is about in the side panel's or the popup's text, labels or title, and no badge count;
 * the numbers still work. The shortcut is registered with its default key.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { sensitiveIn } from '../sensitive-words.ts';
import { type Extension, launchExtension } from './harness.ts';
import { enableSite, tabIdOf } from './site-access.ts';

const NOTE =
  ' Flicka 15 år, hbtq. Hon har sålt sex mot ersättning, arbetsgivaren har tagit hennes pass. Han hotar att döda henne.';

/** Everything a page shows or says: text, labels, titles, placeholders and the document title. */
function everything(page: Page): Promise<string> {
  return page.evaluate(() => {
    const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
    // innerText: what is rendered, not what is in closed parts of the page.
    // biome-ignore lint/performance/useDomNodeTextContent: see above
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('*'))
      for (const a of attrs) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    // Text that a screen reader reads but innerText leaves out (visually hidden labels).
    for (const el of document.querySelectorAll('.sr-only')) parts.push(el.textContent ?? '');
    return parts.join('\n');
  });
}

describe('discreet mode', () => {
  let ext: Extension;
  let demo: DemoServer;
  let journal: Page;
  let panel: Page;
  let tabId: number;
  const badge = () => ext.inWorker((chrome, id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension();
    await enableSite(ext);
    journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
    tabId = await tabIdOf(ext, `${demo.origin}/journal.html*`);
    panel = await ext.open('sidepanel', `?tab=${tabId}`);
    await journal.bringToFront();
    await journal.locator('#editor p').click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(NOTE);
    await panel.locator('[data-suggestion-row]').first().waitFor();
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  it('registers its shortcut, Alt+Shift+D, with the browser', async () => {
    const commands = await ext.inWorker((chrome) => chrome.commands.getAll());
    expect(commands.find((c: { name: string }) => c.name === 'discreet-mode')?.shortcut).toBe('Alt+Shift+D');
  });

  it('shows the situation words before, and none after the toggle; the badge count goes', async () => {
    expect(sensitiveIn(await everything(panel)).length).toBeGreaterThan(0);
    await expect.poll(badge).not.toBe('');
    await panel.getByRole('button', { name: 'Diskret läge' }).click();
    await expect
      .poll(() => panel.getByRole('button', { name: 'Diskret läge' }).getAttribute('aria-pressed'))
      .toBe('true');
    const seen = await everything(panel);
    expect(
      seen.split('\n').filter((line) => sensitiveIn(line).length > 0),
      'lines with a sensitive word',
    ).toEqual([]);
    await expect.poll(badge).toBe('');
    // The numbers are still there, as tel: links.
    expect(await panel.locator('[data-suggestion-row] a[href^="tel:"]').count()).toBeGreaterThan(0);
    // Kept for this browser session only.
    expect(await ext.inWorker((chrome) => chrome.storage.session.get('discreet'))).toEqual({
      discreet: true,
    });
    expect(await ext.inWorker((chrome) => chrome.storage.local.get('discreet'))).toEqual({});
  });

  it('keeps the popup neutral too, with the number at a glance', async () => {
    const popup = await ext.open('popup');
    await popup.locator('#popup-q').fill('kvinnofrid');
    await popup.locator('.active-glance a[href^="tel:"]').waitFor();
    expect(sensitiveIn(await everything(popup))).toEqual([]);
    expect(await popup.locator('.card').count()).toBe(0);
    await popup.close();
  });

  it('passes axe-core in discreet mode', async () => {
    const result = await new AxeBuilder({ page: panel }).analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
  });

  it('turns off again: names and the badge count come back', async () => {
    await panel.getByRole('button', { name: 'Diskret läge' }).click();
    await expect.poll(badge).not.toBe('');
    expect(sensitiveIn(await everything(panel)).length).toBeGreaterThan(0);
  });
});

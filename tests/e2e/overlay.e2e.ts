/**
 * The in-page quick-search overlay in Chromium with the built extension: the active result at a
 * glance (number as a tel: link, copy, live status), discreet mode from the overlay's own button
 * and from elsewhere (the same session state), the journal line separated from the note, text
 * and controls large enough inside a hostile page's styles, and axe-core in both modes.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { sensitiveIn } from '../sensitive-words.ts';
import { type Extension, launchExtension } from './harness.ts';
import { enableSite, tabIdOf } from './site-access.ts';
import { everything, measureSizes, overlayAxeViolations } from './surface-checks.ts';

const HOST = 'hanvisa-quicksearch';
/** A page that tries to shrink everything, the overlay's host element included. */
const HOSTILE_CSS = `html { font-size: 6px !important; }
* { font-size: 9px !important; line-height: 1 !important; }
hanvisa-quicksearch { zoom: 0.5 !important; font-size: 5px !important; }`;

describe('the quick-search overlay', () => {
  let ext: Extension;
  let demo: DemoServer;
  let journal: Page;
  let tabId: number;

  const inOverlay = (selector: string) => journal.locator(`${HOST} ${selector}`);
  const discreet = () =>
    ext.inWorker((chrome) =>
      chrome.storage.session.get('discreet').then((v: { discreet?: boolean }) => v.discreet),
    );
  async function open(): Promise<void> {
    await ext.inWorker(
      (chrome, id: number) =>
        chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/quicksearch.js'] }),
      tabId,
    );
    await journal.waitForFunction(
      (h) => document.querySelector(h)?.shadowRoot?.activeElement?.getAttribute('role') === 'combobox',
      HOST,
    );
  }
  async function search(text: string): Promise<void> {
    await inOverlay('input').fill(text);
    await journal.waitForFunction(
      ([h, q]) =>
        document.querySelector(h)?.shadowRoot?.querySelector('[role=listbox]')?.getAttribute('data-query') ===
        q,
      [HOST, text] as const,
    );
  }
  const names = () => inOverlay('[role=option] .name').allTextContents();

  beforeAll(async () => {
    demo = await startDemoServer(0);
    ext = await launchExtension();
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await enableSite(ext);
    journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
    tabId = await tabIdOf(ext, `${demo.origin}/journal.html*`);
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
  });

  it('shows the active result’s number as a tel: link, a copy button and its live status', async () => {
    await journal.locator('#plan').click();
    await open();
    await search('kvinnofrid');
    expect((await names())[0]).toBe('Kvinnofridslinjen');
    expect(await inOverlay('.active .active-name').textContent()).toBe('Kvinnofridslinjen');
    expect(await inOverlay('.active a.phone').getAttribute('href')).toBe('tel:+4620505050');
    expect(await inOverlay('.active .hours-status').textContent()).toBe('Öppet dygnet runt');
    await inOverlay('.active button.copy').click();
    await expect.poll(() => inOverlay('[role=status]').textContent()).toBe('Numret kopierat: 020-50 50 50');
    await expect.poll(() => journal.evaluate(() => navigator.clipboard.readText())).toBe('020-50 50 50');
    // Unknown hours are said, never shown as closed; the status follows the active result.
    await search('terrafem');
    expect(await inOverlay('.active .hours-status').textContent()).toBe('Öppettider okända');
    // A resource with only a web page: its link, no number.
    await search('umo');
    expect(await inOverlay('.active .glance a').getAttribute('href')).toMatch(/^https:\/\/(www\.)?umo\.se/);
    expect(await inOverlay('.active a.phone').count()).toBe(0);
  });

  it('keeps Tab inside the dialog: search box, number, copy, discreet mode, and round again', async () => {
    await search('kvinnofrid');
    const focused = () =>
      journal.evaluate((h) => {
        const a = document.querySelector(h)?.shadowRoot?.activeElement;
        return a ? `${a.localName}.${a.className}` : null;
      }, HOST);
    const seen: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      await journal.keyboard.press('Tab');
      seen.push(await focused());
    }
    expect(seen).toEqual(['a.phone', 'button.copy', 'button.discreet-toggle', 'input.']);
  });

  it('turns neutral with its own button: the session’s discreet mode, no name or theme word', async () => {
    await search('kvinnofrid');
    await inOverlay('button.discreet-toggle').click();
    await expect.poll(discreet).toBe(true);
    await expect.poll(() => inOverlay('button.discreet-toggle').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => (await names())[0]).not.toBe('Kvinnofridslinjen');
    const seen = await everything(journal, HOST);
    expect(seen.split('\n').filter((line) => sensitiveIn(line).length > 0)).toEqual([]);
    // The number still works.
    expect(await inOverlay('.active a.phone').getAttribute('href')).toBe('tel:+4620505050');
    expect(await overlayAxeViolations(journal)).toEqual([]);
  });

  it('follows discreet mode changed elsewhere (the shortcut, the panel) while it is open', async () => {
    await ext.inWorker((chrome) => chrome.storage.session.set({ discreet: false }));
    await expect.poll(() => inOverlay('button.discreet-toggle').getAttribute('aria-pressed')).toBe('false');
    await expect.poll(async () => (await names())[0]).toBe('Kvinnofridslinjen');
    await ext.inWorker((chrome) => chrome.storage.session.set({ discreet: true }));
    await expect.poll(async () => (await names())[0]).not.toBe('Kvinnofridslinjen');
    await ext.inWorker((chrome) => chrome.storage.session.set({ discreet: false }));
    await expect.poll(async () => (await names())[0]).toBe('Kvinnofridslinjen');
    expect(await overlayAxeViolations(journal)).toEqual([]);
    await journal.keyboard.press('Escape');
    await journal.waitForFunction((h) => !document.querySelector(h), HOST);
  });

  it('inserts the journal line on its own line after the note, in the template in force', async () => {
    await ext.inWorker((chrome) =>
      chrome.storage.local.set({
        settings: { journalTemplate: 'Hänvisad till {name}, tel. {phone}, {date}' },
      }),
    );
    await journal.locator('#editor p').last().click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(' Mamma vet inte om det.');
    await open();
    await search('kvinnofrid');
    await journal.keyboard.press('Enter');
    await journal.waitForFunction((h) => !document.querySelector(h), HOST);
    // biome-ignore lint/performance/useDomNodeTextContent: the line break is what is tested
    const text = await journal.locator('#editor').evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toMatch(
      /Mamma vet inte om det\.\s*\n\s*Hänvisad till Kvinnofridslinjen, tel\. 020-50 50 50, \d{4}-/,
    );
    expect(text).not.toMatch(/https?:\/\//);
    await ext.inWorker((chrome) => chrome.storage.local.remove('settings'));
  });

  it('keeps text at 14 px and controls at 32 px inside a page that shrinks everything', async () => {
    await journal.addStyleTag({ content: HOSTILE_CSS });
    await journal.locator('#plan').click();
    await open();
    await search('kvinnofrid');
    const sizes = await measureSizes(journal, HOST);
    console.log(
      `overlay in a hostile page: smallest text ${sizes.smallestText} px of ${sizes.texts}, lowest control ${sizes.lowestControl} px of ${sizes.controls}`,
    );
    expect(sizes.small).toEqual([]);
    expect(sizes.controls).toBeGreaterThanOrEqual(3);
    expect(await overlayAxeViolations(journal)).toEqual([]);
    await journal.keyboard.press('Escape');
  });
});

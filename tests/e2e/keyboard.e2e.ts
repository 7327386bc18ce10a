/**
 * Keyboard quick-search with real key events: headed Chromium on a virtual X display started by
 * the test, shortcuts pressed with xdotool (keys typed by Playwright never reach `commands`).
 * Keys inside the page and the overlay are typed by Playwright: those are ordinary page events.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KEYS } from '../../lib/extension/shortcuts.ts';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { type Extension, launchExtension } from './harness.ts';
import { enableSite } from './site-access.ts';
import { type Display, missingTools, startDisplay } from './xvfb.ts';

const OTHER_HOST = 'not-enabled.test';
const missing = missingTools() ?? (findChromium() ? null : 'Chromium not found');
if (missing) console.warn(`keyboard.e2e: skipped: ${missing}`);

/** xdotool's names for the manifest's keys: "Alt+Shift+K" → "alt+shift+k". */
const xkey = (combo: string) => combo.toLowerCase();
const overlayState = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('hanvisa-quicksearch')?.shadowRoot;
    return {
      open: Boolean(root),
      focused: root?.activeElement?.getAttribute('role') ?? null,
      options: [...(root?.querySelectorAll('[role=option]') ?? [])].map(
        (o) => o.querySelector('.name')?.textContent,
      ),
      selected: root?.querySelector('[aria-selected=true] .name')?.textContent ?? null,
      status: root?.querySelector('[role=status]')?.textContent ?? null,
    };
  });

describe.skipIf(missing)('keyboard quick-search with real key events', () => {
  let display: Display;
  let ext: Extension;
  let demo: DemoServer;
  let journal: Page;

  async function press(combo: string): Promise<void> {
    await journal.bringToFront();
    await display.key(xkey(combo));
  }
  /** A loaded machine may drop the first key event after the window appears: press again (idempotent). */
  async function openOverlay(): Promise<void> {
    expect((await overlayState(journal)).open, 'an earlier step left the overlay open').toBe(false);
    for (let attempt = 0; ; attempt++) {
      await press(DEFAULT_KEYS.quickSearch);
      const ready = await journal
        .waitForFunction(
          () =>
            document.querySelector('hanvisa-quicksearch')?.shadowRoot?.activeElement?.getAttribute('role') ===
            'combobox',
          undefined,
          { timeout: 5_000 },
        )
        .then(
          () => true,
          () => false,
        );
      if (ready) return;
      if (attempt === 2) throw new Error('the quick-search shortcut did not open the overlay');
    }
  }
  async function search(text: string): Promise<void> {
    await journal.keyboard.type(text);
    await journal.waitForFunction((q) => {
      const root = document.querySelector('hanvisa-quicksearch')?.shadowRoot;
      return root?.querySelector('[role=listbox]')?.getAttribute('data-query') === q;
    }, text);
  }
  const contexts = (type: string) =>
    ext.inWorker((chrome, t) => chrome.runtime.getContexts({ contextTypes: [t] }), type) as Promise<
      unknown[]
    >;

  /**
   * Evaluates an expression in the open toolbar popup. Playwright does not list the popup as a
   * page, so this goes through the DevTools protocol's target domain.
   */
  async function inPopup<T>(expression: string): Promise<T> {
    const session = await ext.context.newCDPSession(journal);
    try {
      let targetId: string | undefined;
      await expect
        .poll(async () => {
          const { targetInfos } = await session.send('Target.getTargets');
          targetId = targetInfos.find((t) => t.url.endsWith('/popup.html'))?.targetId;
          return targetId !== undefined;
        })
        .toBe(true);
      const { sessionId } = await session.send('Target.attachToTarget', {
        targetId: targetId ?? '',
        flatten: false,
      });
      const reply = new Promise<T>((resolve) => {
        session.on('Target.receivedMessageFromTarget', (event) => {
          const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: T } } };
          if (message.id === 1) resolve(message.result?.result?.value as T);
        });
      });
      const params = { expression, awaitPromise: true, returnByValue: true };
      await session.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params }),
      });
      return await reply;
    } finally {
      await session.detach();
    }
  }
  /** Waits in the popup until its search box exists; returns what the test asks for then. */
  const POPUP_STATE = `new Promise((done) => {
    const check = () => {
      const input = document.querySelector('input');
      if (!input) return setTimeout(check, 20);
      setTimeout(() => done({
        focused: document.activeElement === input,
        note: document.querySelector('.quicksearch-note')?.textContent ?? null,
      }), 100);
    };
    check();
  })`;
  /** The popup's note on why the quick search did not open: waits for it (it comes with the tab's state). */
  const POPUP_NOTE = `new Promise((done) => {
    const start = Date.now();
    const check = () => {
      const note = document.querySelector('.quicksearch-note');
      if (note) return done(note.textContent);
      if (Date.now() - start > 5000) return done(null);
      setTimeout(check, 50);
    };
    check();
  })`;

  beforeAll(async () => {
    display = await startDisplay();
    process.env.DISPLAY = display.name;
    demo = await startDemoServer(0);
    ext = await launchExtension({
      headless: false,
      args: [`--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1`],
    });
    // The first managed-storage read after a browser start takes seconds on Linux: not what we time.
    await ext.inWorker((chrome) => chrome.storage.managed.get().catch(() => null));
    await enableSite(ext, 'http://127.0.0.1/*');
    journal = await ext.context.newPage();
    await journal.goto(`${demo.origin}/journal.html`);
  });
  afterAll(async () => {
    await ext?.close();
    await demo?.close();
    display?.stop();
  });

  it('has every default shortcut assigned by the browser', async () => {
    const commands: { name: string; shortcut: string }[] = await ext.inWorker((chrome) =>
      chrome.commands.getAll(),
    );
    const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(byName).toEqual({
      _execute_action: DEFAULT_KEYS.popup,
      'open-side-panel': DEFAULT_KEYS.sidePanel,
      'quick-search': DEFAULT_KEYS.quickSearch,
      'discreet-mode': DEFAULT_KEYS.discreet,
    });
  });

  it('turns discreet mode on and off for the session with Alt+Shift+D', async () => {
    const discreet = () =>
      ext.inWorker((chrome) =>
        chrome.storage.session.get('discreet').then((v: { discreet?: boolean }) => v.discreet),
      );
    expect(await discreet()).toBeUndefined();
    await press(DEFAULT_KEYS.discreet);
    await expect.poll(discreet, { timeout: 5_000 }).toBe(true);
    await press(DEFAULT_KEYS.discreet);
    await expect.poll(discreet, { timeout: 5_000 }).toBe(false);
  });

  it('opens the overlay on the enabled journal; search, arrows and Enter insert at the caret', async () => {
    await journal.click('#plan');
    await journal.keyboard.type('Före  efter');
    for (let i = 0; i < ' efter'.length; i++) await journal.keyboard.press('ArrowLeft');
    await openOverlay();
    await search('kvinnofrid');
    const first = await overlayState(journal);
    expect(first.options.length).toBeGreaterThan(1);
    expect(first.selected).toBe(first.options[0]);
    await journal.keyboard.press('ArrowDown');
    const second = (await overlayState(journal)).selected;
    expect(second).toBe(first.options[1]);
    await journal.keyboard.press('ArrowUp');
    await journal.keyboard.press('ArrowUp'); // wraps to the last
    expect((await overlayState(journal)).selected).toBe(first.options.at(-1));
    await journal.keyboard.press('ArrowDown'); // back to the first
    await journal.keyboard.press('ArrowDown');
    await journal.keyboard.press('Enter');
    await journal.waitForFunction(() => !document.querySelector('hanvisa-quicksearch'));
    const value = await journal.inputValue('#plan');
    expect(value).toMatch(new RegExp(`^Före Hänvisning: ${second}, .*\\d{4}-\\d{2}-\\d{2} efter$`));
    expect(await journal.evaluate(() => document.activeElement?.id)).toBe('plan');
    // The insertion is an ordinary edit: the browser's undo takes it back.
    await journal.keyboard.press('Control+z');
    await expect(journal.inputValue('#plan')).resolves.toBe('Före  efter');
  });

  it('Esc closes and gives focus and caret back exactly where they were (rich-text editor)', async () => {
    await journal.evaluate(() => {
      const text = document.querySelector('#editor p')?.firstChild;
      const editor = document.getElementById('editor');
      if (!text || !editor) throw new Error('demo editor missing');
      editor.focus();
      const range = document.createRange();
      range.setStart(text, 'Patienten'.length);
      range.collapse(true);
      const sel = document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(range);
    });
    await openOverlay();
    await journal.keyboard.type('bris');
    await journal.keyboard.press('Escape');
    await journal.waitForFunction(() => !document.querySelector('hanvisa-quicksearch'));
    expect(await journal.evaluate(() => document.activeElement?.id)).toBe('editor');
    await journal.keyboard.type('X');
    await expect(journal.locator('#editor p').textContent()).resolves.toMatch(/^PatientenX kommer/);
  });

  it('passes axe on the open overlay, inside its shadow root', async () => {
    await journal.click('#sokorsak');
    await openOverlay();
    await search('stödlinjen');
    const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await journal.evaluate(source);
    const result = await journal.evaluate(async () => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page above
      const axe = (globalThis as any).axe;
      const r = await axe.run(
        { include: [['hanvisa-quicksearch', '.palette']] },
        { resultTypes: ['violations'] },
      );
      return { violations: r.violations.map((v: { id: string }) => v.id), passes: r.passes.length };
    });
    expect(result.violations).toEqual([]);
    await journal.keyboard.press('Escape');
    expect(await journal.evaluate(() => document.activeElement?.id)).toBe('sokorsak');
  });

  it('opens the side panel with Alt+Shift+Y', async () => {
    expect(await contexts('SIDE_PANEL')).toHaveLength(0);
    await press(DEFAULT_KEYS.sidePanel);
    await expect.poll(() => contexts('SIDE_PANEL').then((c) => c.length), { timeout: 5_000 }).toBe(1);
  });

  it('opens the popup with Alt+Shift+H, focus in the search box', async () => {
    await press(DEFAULT_KEYS.popup);
    await expect.poll(() => contexts('POPUP').then((c) => c.length), { timeout: 5_000 }).toBe(1);
    const state = await inPopup<{ focused: boolean; note: string | null }>(POPUP_STATE);
    expect(state).toEqual({ focused: true, note: null });
  });

  it('does not open the overlay on a site that was not enabled: the popup opens and says why', async () => {
    await journal.goto(`http://${OTHER_HOST}:${new URL(demo.origin).port}/journal.html`);
    await journal.click('#plan');
    await press(DEFAULT_KEYS.quickSearch);
    await expect.poll(() => contexts('POPUP').then((c) => c.length), { timeout: 5_000 }).toBe(1);
    expect((await overlayState(journal)).open).toBe(false);
    const note = await inPopup<string | null>(POPUP_NOTE);
    expect(note).toMatch(
      /bara på webbplatser där Hänvisa är aktiverat|only works on sites where Hänvisa is enabled/,
    );
    expect(await journal.locator('html').getAttribute('data-hanvisa')).toBeNull();
  });
});

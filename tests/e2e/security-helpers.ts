/**
 * Shared by the security browser tests (privacy, hostile, update): site enabling as a user does
 * it, and a recorder of every request, console line and page error in the whole browser.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Extension } from './harness.ts';

/**
 * Grants the host permission the way the browser's own "site access" setting does, then enables
 * the site through the background exactly as the side panel does after its click.
 */
export async function enableSite(ext: Extension, origin = 'http://127.0.0.1/*'): Promise<void> {
  const settings = await ext.context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    ([id, pattern]) =>
      new Promise<void>((done) =>
        // biome-ignore lint/suspicious/noExplicitAny: chrome.developerPrivate exists only on chrome://extensions
        (globalThis as any).chrome.developerPrivate.addHostPermission(id, pattern, () => done()),
      ),
    [ext.id, origin] as const,
  );
  await settings.close();
  const panel = await ext.open('sidepanel');
  // permissions.request() needs a click, as in the panel's own "Aktivera" button.
  await panel.evaluate((pattern) => {
    const button = document.createElement('button');
    button.id = 'security-test-enable';
    button.textContent = 'enable';
    button.addEventListener('click', async () => {
      // biome-ignore lint/suspicious/noExplicitAny: the extension API inside the panel page
      const chrome = (globalThis as any).chrome;
      const granted = await chrome.permissions.request({ origins: [pattern] });
      const reply = await chrome.runtime.sendMessage({
        type: 'ui:sites:enable',
        payload: { pattern, tabId: null },
      });
      button.dataset.result = JSON.stringify({ granted, reply });
    });
    document.body.append(button);
  }, origin);
  await panel.click('#security-test-enable');
  const result = await panel.waitForSelector('#security-test-enable[data-result]', { state: 'attached' });
  const outcome = JSON.parse((await result.getAttribute('data-result')) ?? '{}') as {
    reply?: { ok?: boolean };
  };
  if (!outcome.reply?.ok) throw new Error(`could not enable ${origin}: ${JSON.stringify(outcome)}`);
  await panel.close();
}

export interface LogLine {
  source: string;
  type: string;
  text: string;
}

/** Everything the browser said: requests seen by Playwright, console of pages and workers, page errors. */
export function record(context: BrowserContext) {
  const requests: string[] = [];
  const console: LogLine[] = [];
  const errors: LogLine[] = [];
  const watchPage = (page: Page) => {
    page.on('pageerror', (e) =>
      errors.push({ source: page.url(), type: 'pageerror', text: `${e.message}\n${e.stack ?? ''}` }),
    );
  };
  context.on('request', (r) => requests.push(r.url()));
  context.on('console', (m) =>
    console.push({
      source: m.location().url || m.page()?.url() || m.worker()?.url() || '?',
      type: m.type(),
      text: m.text(),
    }),
  );
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return { requests, console, errors };
}

/**
 * Uncaught errors and console errors that are not the page's own doing: Playwright reports an
 * error thrown in a content script as a page error of its page. `pageOwn` matches what the test
 * pages throw on purpose.
 */
export function foreignErrors(log: ReturnType<typeof record>, pageOwn: RegExp): string[] {
  const consoleErrors = log.console.filter(
    (l) => l.type === 'error' && !/favicon\.ico|Failed to load resource/.test(l.text),
  );
  return [...log.errors, ...consoleErrors]
    .filter((l) => !pageOwn.test(l.text))
    .map((l) => `${l.source}: ${l.text.split('\n').slice(0, 3).join(' | ')}`);
}

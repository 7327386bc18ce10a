/**
 * Shared by the security browser tests (privacy, hostile, update): site enabling as a user does
 * it, and a recorder of every request, console line and page error in the whole browser.
 */
import type { BrowserContext, Page } from 'playwright-core';

export { enableSite } from './site-access.ts';

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

/**
 * Installs the built Firefox add-on (.output/firefox-mv3, or HANVISA_OUT_DIR) temporarily into
 * Debian's firefox-esr, driven headless by puppeteer-core over WebDriver BiDi
 * (docs/BROWSERS.md, "Testing in Firefox"). Every request a page makes is recorded.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../lib/extension/extension-id.ts';

export const FIREFOX_BUILD = resolve(
  import.meta.dirname,
  '../..',
  process.env.HANVISA_OUT_DIR || '.output',
  'firefox-mv3',
);
/** Fixed so the pages have a known address: moz-extension://<uuid>/popup.html */
export const FIXED_UUID = '3f1f6c1e-6a52-4b5e-9d5c-1a2b3c4d5e6f';
export const EXTENSION_ORIGIN = `moz-extension://${FIXED_UUID}`;

export function findFirefox(): string | undefined {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((path): path is string => Boolean(path && existsSync(path)));
}

export interface FirefoxExtension {
  browser: Browser;
  /** Every URL requested by a page opened through `open`/`openUrl`, in order */
  requests: string[];
  /** Opens an extension page and waits until `selector` is in it. */
  open(page: 'popup' | 'sidepanel' | 'options', query?: string, selector?: string): Promise<Page>;
  /** Opens a web page (awaited normally). */
  openUrl(url: string): Promise<Page>;
  close(): Promise<void>;
}

function record(page: Page, requests: string[]): Page {
  page.on('request', (request) => {
    requests.push(request.url());
  });
  return page;
}

/**
 * waitForSelector, retried: while the tab switches from about:blank to the extension page, BiDi
 * may evaluate in the realm being torn down and fail with a protocol error instead of waiting.
 */
async function waitThroughNavigation(page: Page, selector: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await page.waitForSelector(selector, { timeout: Math.max(1, deadline - Date.now()) });
      return;
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((done) => setTimeout(done, 100));
    }
  }
}

/**
 * page.waitForFunction without it: puppeteer builds the predicate with `new Function` inside the
 * page, which an extension page's CSP blocks in Firefox ESR 140 ("call to Function() blocked by
 * CSP"). This evaluates the function itself, again and again, until it returns something truthy.
 */
export async function waitUntil(
  page: Page,
  predicate: () => unknown,
  { timeout = 30_000, polling = 100 }: { timeout?: number; polling?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      if (await page.evaluate(predicate)) return;
    } catch (error) {
      // The realm may be torn down while the page navigates: try again until the deadline.
      if (Date.now() >= deadline) throw error;
    }
    if (Date.now() >= deadline) throw new Error(`waitUntil: timed out after ${timeout} ms`);
    await new Promise((done) => setTimeout(done, polling));
  }
}

export async function launchFirefox(
  extraPrefs: Record<string, unknown> = {},
  extraEnv: Record<string, string> = {},
  build: string = FIREFOX_BUILD,
): Promise<FirefoxExtension> {
  if (!existsSync(resolve(build, 'manifest.json')))
    throw new Error(`No build at ${build}: run \`npx wxt build -b firefox\` first`);
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('Firefox not found: apt-get install firefox-esr, or set FIREFOX_PATH');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    headless: true,
    executablePath,
    env: { ...process.env, ...extraEnv },
    // Without it Firefox refuses to navigate a driven tab to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      // permissions.request() grants without the doorhanger nobody can click in a headless run.
      'extensions.webextOptionalPermissionPrompts': false,
      // As on the region's PCs: pages see a Swedish browser (navigator.languages).
      'intl.accept_languages': 'sv-SE, sv',
      ...extraPrefs,
    },
  });
  await browser.installExtension(build);
  const requests: string[] = [];
  return {
    browser,
    requests,
    async open(name, query = '', selector = '#app *') {
      const page = record(await browser.newPage(), requests);
      // goto never reports "loaded" for moz-extension:// pages: start it and wait for content.
      page.goto(`${EXTENSION_ORIGIN}/${name}.html${query}`).catch(() => undefined);
      await waitThroughNavigation(page, selector);
      return page;
    },
    async openUrl(url) {
      const page = record(await browser.newPage(), requests);
      await page.goto(url);
      return page;
    },
    close: () => browser.close(),
  };
}

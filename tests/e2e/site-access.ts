/**
 * Grants the extension access to a site the way a user can: in the browser's extension settings
 * (chrome://extensions, "site access"), then confirmed by a click in an extension page, which
 * resolves without a dialog. permissions.request() from a script alone would wait for a dialog
 * that headless Chromium never shows.
 */
import type { Extension } from './harness.ts';

export async function grantSiteAccess(ext: Extension, pattern: string): Promise<void> {
  const settings = await ext.context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    ([id, host]) =>
      new Promise<void>((done) =>
        // biome-ignore lint/suspicious/noExplicitAny: chrome.developerPrivate exists only on chrome://extensions
        (globalThis as any).chrome.developerPrivate.addHostPermission(id, host, () => done()),
      ),
    [ext.id, pattern] as const,
  );
  await settings.close();
  const page = await ext.open('options');
  await page.evaluate((origin) => {
    const button = document.createElement('button');
    button.id = 'hanvisa-test-grant';
    button.addEventListener('click', () => {
      // biome-ignore lint/suspicious/noExplicitAny: test-only hook on an extension page
      (globalThis as any).chrome.permissions.request({ origins: [origin] });
    });
    document.body.append(button);
  }, pattern);
  await page.click('#hanvisa-test-grant');
  await page.waitForFunction(
    // biome-ignore lint/suspicious/noExplicitAny: the real API object
    (origin) => (globalThis as any).chrome.permissions.contains({ origins: [origin] }),
    pattern,
  );
  await page.close();
}

/** The id of the tab showing `urlPattern` (needs the site's host permission). */
export async function tabIdOf(ext: Extension, urlPattern: string): Promise<number> {
  const id = await ext.inWorker(
    async (chrome, url) => (await chrome.tabs.query({ url }))[0]?.id as number | undefined,
    urlPattern,
  );
  if (id === undefined) throw new Error(`No tab at ${urlPattern}`);
  return id;
}

/**
 * Enables a site as the side panel does after its "Aktivera" click: site access first (above),
 * then `ui:sites:enable` from an extension page. Throws when the background refuses.
 */
export async function enableSite(ext: Extension, pattern = 'http://127.0.0.1/*'): Promise<void> {
  await grantSiteAccess(ext, pattern);
  const page = await ext.open('options');
  const reply = await page.evaluate(
    (p) =>
      // biome-ignore lint/suspicious/noExplicitAny: the extension API of the page under test
      (globalThis as any).chrome.runtime.sendMessage({
        type: 'ui:sites:enable',
        payload: { pattern: p, tabId: null },
      }) as Promise<{ ok?: boolean; error?: string }>,
    pattern,
  );
  await page.close();
  if (!reply?.ok) throw new Error(`could not enable ${pattern}: ${JSON.stringify(reply)}`);
}

/**
 * Enables a site for the extension as a user can: site access in chrome://extensions, then a
 * click in an extension page asks for the permission (granted without a dialog) and sends
 * `ui:sites:enable`. Shared by the keyboard browser test and the overlay benchmark.
 */
import type { Extension } from './harness.ts';

export async function enableSite(ext: Extension, pattern: string): Promise<void> {
  const settings = await ext.context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    ([id, p]) =>
      new Promise<void>((done) =>
        // biome-ignore lint/suspicious/noExplicitAny: chrome.developerPrivate exists only on chrome://extensions
        (globalThis as any).chrome.developerPrivate.addHostPermission(id, p, () => done()),
      ),
    [ext.id, pattern] as const,
  );
  await settings.close();
  const page = await ext.open('popup');
  await page.evaluate((p) => {
    const button = document.createElement('button');
    button.id = 'grant';
    button.textContent = 'grant';
    // biome-ignore lint/suspicious/noExplicitAny: the extension API of the page under test
    const chrome = (globalThis as any).chrome;
    button.onclick = async () => {
      await chrome.permissions.request({ origins: [p] });
      const reply = await chrome.runtime.sendMessage({
        type: 'ui:sites:enable',
        payload: { pattern: p, tabId: null },
      });
      button.dataset.ok = String(reply.ok);
    };
    document.body.prepend(button);
  }, pattern);
  await page.click('#grant');
  await page.waitForSelector('#grant[data-ok=true]');
  await page.close();
}

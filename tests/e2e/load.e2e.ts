import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID } from '../../lib/extension/extension-id.ts';
import { type Extension, launchExtension } from './harness.ts';

describe('the built extension in Chromium', () => {
  let ext: Extension;
  beforeAll(async () => {
    ext = await launchExtension();
  });
  afterAll(() => ext?.close());

  it('loads with the stable id given by the manifest key', () => {
    expect(ext.id).toBe(CHROME_EXTENSION_ID);
  });

  it('asks for no required host permissions', async () => {
    const manifest = await ext.inWorker((chrome) => chrome.runtime.getManifest());
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('opens the popup page in Swedish', async () => {
    const page = await ext.open('popup');
    await expect(page.locator('h1').textContent()).resolves.toBe('Hänvisa');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
  });
});

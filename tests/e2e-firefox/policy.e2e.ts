/**
 * Managed settings in Firefox: an administrator's policies.json with a `3rdparty.Extensions`
 * entry for the add-on reaches the extension as storage.managed. Firefox reads policies.json only
 * from /etc/firefox*, its install folder or (in automation) `browser.policies.alternatePath`; the
 * last keeps this test off the machine's system folders (docs/BROWSERS.md).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../lib/extension/extension-id.ts';
import { type FirefoxExtension, launchFirefox, waitUntil } from './harness.ts';

// biome-ignore lint/suspicious/noExplicitAny: the real WebExtension API object inside the page
type Api = any;

describe('managed settings from policies.json in Firefox', () => {
  let ff: FirefoxExtension;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hanvisa-ff-policy-'));
    const file = join(dir, 'policies.json');
    const settings = { pageContextHosts: ['journal.example.se'], hiddenResources: ['vardguiden-1177'] };
    writeFileSync(
      file,
      JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: settings } } } }),
    );
    ff = await launchFirefox(
      {
        // alternatePath is honoured only "in automation": this pref plus the environment below.
        'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
        'browser.policies.alternatePath': file,
      },
      { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
    );
  });
  afterAll(async () => {
    await ff?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('hands the policy hosts to the site mechanism', async () => {
    const page = await ff.open('popup');
    const reply = await page.evaluate(() =>
      (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({
        type: 'ui:sites:list',
        payload: {},
      }),
    );
    expect(reply).toMatchObject({ ok: true, value: { policy: ['*://journal.example.se/*'] } });
  });

  it('hides the resources the policy hides', async () => {
    const page = await ff.open('popup', '', 'input[role="combobox"]');
    await page.type('input[role="combobox"]', 'vardguiden');
    // The same query shows 1177 Vårdguiden without the policy (firefox.e2e.ts).
    await waitUntil(page, () => /vardguiden/.test(document.querySelector('input')?.value ?? ''));
    await new Promise((done) => setTimeout(done, 500));
    const shown = await page.$eval('body', (el) => el.textContent ?? '');
    // The popup did search: it reports a result count (or none) for the query.
    expect(await page.$eval('[role="status"]', (el) => el.textContent ?? '')).toMatch(/\d|[Ii]nga/);
    expect(shown).not.toContain('1177 Vårdguiden på telefon');
  });
});

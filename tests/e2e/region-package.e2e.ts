/**
 * A region's own package, deployed as on the region's PCs: `package:region` builds and signs it
 * with a fresh key, a local server serves the CRX and its update file, and a real Chromium policy
 * file force-installs it and sets the page-context hosts. The page reader must then run on the
 * policy's host without any click, and only there.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { packageRegion, type RegionPackage } from '../../scripts/package-region.ts';
import { reloadPolicies, removePolicy, writePolicyFile } from './admin-fixtures.ts';
import { type Extension, launchExtension } from './harness.ts';
import { tabIdOf } from './site-access.ts';

/** In the package's host access, but not in the policy: access alone must not read anything. */
const ACCESS_ONLY_HOST = 'journal-b.test';

describe("a region's package, force-installed by policy", () => {
  const dir = mkdtempSync(join(tmpdir(), 'hanvisa-region-e2e-'));
  let server: DemoServer;
  let pkg: RegionPackage;
  let ext: Extension;
  let journal: Page;

  const policy = (settings: Record<string, unknown>) => ({
    ExtensionSettings: {
      [pkg.id]: { installation_mode: 'force_installed', update_url: `${server.origin}/region/updates.xml` },
    },
    '3rdparty': { extensions: { [pkg.id]: settings } },
    // Chromium keeps DevTools, and so the test driver, away from policy-installed extensions unless
    // told otherwise. Test-only: a region has no reason to set this.
    DeveloperToolsAvailability: 1,
  });
  const registered = () =>
    ext.inWorker(async (chrome) =>
      (await chrome.scripting.getRegisteredContentScripts()).map((s: { matches: string[] }) => s.matches),
    );

  beforeAll(async () => {
    server = await startDemoServer(0);
    const key = join(dir, 'region.pem');
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    writeFileSync(key, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    pkg = packageRegion({
      hosts: `127.0.0.1, ${ACCESS_ONLY_HOST}`,
      key,
      url: `${server.origin}/region/`,
      out: join(dir, 'out'),
    });
    const files: Record<string, { path: string; type: string }> = {
      '/region/updates.xml': { path: pkg.updates, type: 'application/xml' },
      [`/region/${basename(pkg.crx)}`]: { path: pkg.crx, type: 'application/x-chrome-extension' },
    };
    server.routes.push((req, res) => {
      const file = files[new URL(req.url ?? '/', server.origin).pathname];
      if (!file) return false;
      res.writeHead(200, { 'content-type': file.type }).end(readFileSync(file.path));
      return true;
    });
    writePolicyFile(policy({ homeRegion: '13', pageContextHosts: ['127.0.0.1'] }));
    ext = await launchExtension({
      policyInstalledId: pkg.id,
      args: [`--host-resolver-rules=MAP ${ACCESS_ONLY_HOST} 127.0.0.1`],
    });
  }, 240_000);
  afterAll(async () => {
    removePolicy();
    await ext?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('was installed from the update address the policy names, with only the hosts it was built for', async () => {
    expect(server.requests.some((r) => r.startsWith('/region/updates.xml'))).toBe(true);
    expect(server.requests).toContain(`/region/${basename(pkg.crx)}`);
    const manifest = await ext.inWorker((chrome) => chrome.runtime.getManifest());
    expect(manifest.host_permissions).toEqual(['*://127.0.0.1/*', `*://${ACCESS_ONLY_HOST}/*`]);
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    const granted = await ext.inWorker((chrome) => chrome.permissions.getAll());
    expect(granted.origins).toEqual(['*://127.0.0.1/*', `*://${ACCESS_ONLY_HOST}/*`]);
  });

  it("takes the region's settings from the same policy file", async () => {
    const options = await ext.open('options');
    const region = options.locator('#home-region');
    await expect.poll(() => region.inputValue(), { timeout: 10_000 }).toBe('13');
    await expect(region.isDisabled()).resolves.toBe(true);
    await options.close();
  });

  it('reads the journal on the policy host without any click', async () => {
    await expect.poll(registered, { timeout: 20_000 }).toEqual([['*://127.0.0.1/*']]);
    journal = await ext.context.newPage();
    await journal.goto(`${server.origin}/journal.html`);
    await journal.waitForSelector('html[data-hanvisa]', { state: 'attached', timeout: 15_000 });
    await journal.locator('#editor p').click();
    await journal.keyboard.press('End');
    await journal.keyboard.type(' Hon berättar att hon har sålt sex mot ersättning.');
    const tabId = await tabIdOf(ext, `${server.origin}/journal.html*`);
    const themes = async () => {
      const stored = await ext.inWorker((chrome) => chrome.storage.session.get('pageThemes'));
      return (stored.pageThemes?.[String(tabId)]?.hits ?? []).map((h: { theme: string }) => h.theme);
    };
    await expect.poll(themes, { timeout: 10_000 }).toContain('sex-mot-ersattning');
  });

  it('reads nothing on a host it has access to but the policy did not enable', async () => {
    const other = await ext.context.newPage();
    await other.goto(`http://${ACCESS_ONLY_HOST}:${new URL(server.origin).port}/journal.html`);
    await other.waitForTimeout(1_000);
    expect(await other.locator('html').getAttribute('data-hanvisa')).toBeNull();
    await other.close();
  });

  it('stops reading when the policy switches the page context off, without a restart', async () => {
    writePolicyFile(policy({ homeRegion: '13', pageContextHosts: ['127.0.0.1'], pageContext: false }));
    await reloadPolicies(ext.context);
    await expect.poll(registered, { timeout: 20_000 }).toEqual([]);
    await journal.reload();
    await journal.waitForTimeout(1_000);
    expect(await journal.locator('html').getAttribute('data-hanvisa')).toBeNull();
  });
});

/**
 * Host access in Firefox, with the administrator's policies.json naming 127.0.0.1 as a journal
 * host: a region's own build (HANVISA_HOST_ACCESS) reads the journal there without any click; the
 * store build registers the reader too but reads nothing until a user grants the site.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../lib/extension/extension-id.ts';
import { type DemoServer, startDemoServer } from '../../scripts/lib/demo-server.ts';
import { FIREFOX_BUILD, type FirefoxExtension, launchFirefox, waitUntil } from './harness.ts';

const ROOT = resolve(import.meta.dirname, '../..');

// biome-ignore lint/suspicious/noExplicitAny: the real WebExtension API object inside the page
type Api = any;

describe.each([
  ['a region build with the journal host', true],
  ['the store build', false],
])('policies.json names the journal host; %s', (_, regionBuild) => {
  const dir = mkdtempSync(join(tmpdir(), 'hanvisa-ff-region-'));
  let ff: FirefoxExtension;
  let demo: DemoServer;

  beforeAll(async () => {
    let build = FIREFOX_BUILD;
    if (regionBuild) {
      const out = join(dir, 'out');
      const run = spawnSync('npx', ['wxt', 'build', '-b', 'firefox'], {
        cwd: ROOT,
        env: { ...process.env, HANVISA_OUT_DIR: out, HANVISA_HOST_ACCESS: '127.0.0.1' },
        encoding: 'utf8',
      });
      if (run.status !== 0) throw new Error(`region build failed:\n${run.stdout}${run.stderr}`);
      build = join(out, 'firefox-mv3');
    }
    const policies = join(dir, 'policies.json');
    writeFileSync(
      policies,
      JSON.stringify({
        policies: { '3rdparty': { Extensions: { [GECKO_ID]: { pageContextHosts: ['127.0.0.1'] } } } },
      }),
    );
    demo = await startDemoServer(0);
    ff = await launchFirefox(
      {
        // As in policy.e2e.ts: alternatePath is honoured only in automation.
        'security.turn_off_all_security_so_that_viruses_can_take_over_this_computer': true,
        'browser.policies.alternatePath': policies,
      },
      { MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      build,
    );
  }, 120_000);
  afterAll(async () => {
    await ff?.close();
    await demo?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    regionBuild ? 'reads the journal without any click' : 'reads nothing until a user grants the site',
    async () => {
      // Both builds register the reader for the policy's host; only host access differs.
      const options = await ff.open('options');
      await waitUntil(
        options,
        async () => {
          const { scripting } = (globalThis as unknown as { browser: Api }).browser;
          const scripts: { matches: string[] }[] = await scripting.getRegisteredContentScripts();
          return scripts.flatMap((s) => s.matches).includes('*://127.0.0.1/*');
        },
        { timeout: 10_000, polling: 200 },
      );
      const page = await ff.openUrl(`${demo.origin}/journal.html`);
      const read = await page
        .waitForSelector('html[data-hanvisa]', { timeout: regionBuild ? 15_000 : 2_500 })
        .then(() => true)
        .catch(() => false);
      expect(read).toBe(regionBuild);
    },
  );
});

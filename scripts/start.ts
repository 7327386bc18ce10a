/**
 * `npm start`: build the Chrome extension, serve the demo journal on 127.0.0.1 and open Chromium
 * with the extension loaded. Needs a display; on a machine without one: `xvfb-run -a npm start`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './lib/chromium.ts';
import { startDemoServer } from './lib/demo-server.ts';

const root = resolve(import.meta.dirname, '..');
const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const chromium = findChromium();
if (!chromium) {
  console.error('Chromium was not found. Install it (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. On a machine without a display run:  xvfb-run -a npm start');
  process.exit(1);
}

const demo = await startDemoServer(Number(process.env.PORT ?? 8787));
const extension = join(root, '.output/chrome-mv3');
const profile = mkdtempSync(join(tmpdir(), 'hanvisa-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  `${demo.origin}/journal.html`,
];
console.log(
  `Demo journal on ${demo.origin}/journal.html; opening ${chromium} with the extension from ${extension}`,
);
if (!existsSync(extension)) throw new Error(`Build output missing: ${extension}`);
const browser = spawn(chromium, args, { stdio: 'inherit' });
browser.on('exit', async (code) => {
  await demo.close();
  process.exit(code ?? 0);
});

/**
 * `npm run screenshots`: drives the real Chrome build over the demo journal and writes the README's
 * pictures to docs/images/: the popup with a search, the side panel with suggestions for the demo
 * note, and one resource card. Builds first unless --no-build is given.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchExtension } from '../tests/e2e/harness.ts';
import { grantSiteAccess, tabIdOf } from '../tests/e2e/site-access.ts';
import { startDemoServer } from './lib/demo-server.ts';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs/images');
if (!process.argv.includes('--no-build')) {
  const built = spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
mkdirSync(out, { recursive: true });

const NOTE = ' Patienten berättar att hon har sålt sex via en sugardejtingsida under hösten. Hon är 19 år.';

const demo = await startDemoServer(0);
const ext = await launchExtension();
try {
  await grantSiteAccess(ext, 'http://127.0.0.1/*');
  const journal = await ext.context.newPage();
  await journal.setViewportSize({ width: 900, height: 760 });
  await journal.goto(`${demo.origin}/journal.html`);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(
    `chrome-extension://${ext.id}/sidepanel.html?tab=${await tabIdOf(ext, `${demo.origin}/*`)}`,
  );
  await panel.getByRole('button', { name: 'Aktivera på den här webbplatsen' }).click();
  await journal.waitForSelector('html[data-hanvisa]', { state: 'attached' });
  await journal.locator('#editor p').click();
  await journal.keyboard.press('End');
  await journal.keyboard.type(NOTE);
  await panel.locator('[data-suggestion-row]').first().waitFor();
  await panel.waitForTimeout(300);
  await panel.screenshot({ path: join(out, 'sidepanel.png') });
  await journal.screenshot({ path: join(out, 'demo-journal.png') });

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${ext.id}/popup.html`);
  await popup.getByRole('combobox').fill('kvinnofrid');
  await popup.locator('.card').first().waitFor();
  await popup.waitForTimeout(200);
  await popup.screenshot({ path: join(out, 'popup.png') });
  await popup
    .locator('.card')
    .first()
    .screenshot({ path: join(out, 'card.png') });
  console.log(`Wrote popup.png, sidepanel.png, card.png and demo-journal.png to ${out}`);
} finally {
  await ext.close();
  await demo.close();
}

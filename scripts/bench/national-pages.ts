/**
 * The national bench's other pages (national-browser.ts): the longest task on the options page and
 * on the side panel while they open with the national catalogue, the side panel also while it
 * ranks a note typed in the demo journal.
 */
import type { Page } from 'playwright-core';
import type { Extension } from '../../tests/e2e/harness.ts';
import { enableSite, tabIdOf } from '../../tests/e2e/site-access.ts';

/** Set on every page before its own scripts: the durations of its long tasks (50 ms and more). */
function recordLongTasks(): void {
  const seen: number[] = [];
  (globalThis as unknown as { __longTasks: number[] }).__longTasks = seen;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) seen.push(e.duration);
  }).observe({ type: 'longtask' });
}

const longestOn = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(globalThis as unknown as { __longTasks: number[] }).__longTasks));

/**
 * The options page and the side panel with the national catalogue: the longest task on each while
 * it opens, and on the side panel while a note typed in the demo journal is ranked into suggestions.
 */
export async function otherPages(
  ext: Extension,
  origin: string,
): Promise<{ options: number; panel: number }> {
  await ext.context.addInitScript(recordLongTasks);
  const options = await ext.open('options');
  await options.locator('[data-field="version"]').waitFor();
  await new Promise((r) => setTimeout(r, 3000));
  const optionsLongest = await longestOn(options);
  await options.close();
  await enableSite(ext);
  const journal = await ext.context.newPage();
  await journal.goto(`${origin}/journal.html`);
  const tabId = await tabIdOf(ext, `${origin}/journal.html*`);
  const panel = await ext.open('sidepanel', `?tab=${tabId}`);
  await panel.locator('#sidepanel-q').waitFor();
  await new Promise((r) => setTimeout(r, 2000));
  await journal.locator('#editor p').click();
  await journal.keyboard.press('End');
  await journal.keyboard.type(' Hon berättar att hon har sålt sex mot ersättning via en sugardejtingsida.');
  await panel.locator('.suggestions [data-suggestion-row]').first().waitFor({ timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 2000));
  const panelLongest = await longestOn(panel);
  await panel.close();
  await journal.close();
  return { options: optionsLongest, panel: panelLongest };
}

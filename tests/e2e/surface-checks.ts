/**
 * What the browser tests measure on every surface (popup, side panel, options, in-page overlay):
 * the smallest rendered text and the lowest control from computed styles and boxes, all a page
 * shows or says (for discreet mode), and axe-core, also inside the overlay's shadow root.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { probeSizes, type Sizes } from './size-probe.ts';

export type { Sizes } from './size-probe.ts';

/** Measures the page, or the shadow root of the element `host` names (the overlay). */
export function measureSizes(page: Page, host?: string): Promise<Sizes> {
  return page.evaluate(probeSizes, host ?? null);
}

/** Everything a page shows or says: text, labels, titles, placeholders and the document title. */
export function everything(page: Page, host?: string): Promise<string> {
  return page.evaluate((hostSelector) => {
    const root = hostSelector ? document.querySelector(hostSelector)?.shadowRoot : document;
    if (!root) return '';
    const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'aria-description'];
    // innerText: what is rendered, not what is in closed parts of the page.
    const top = hostSelector ? (root.querySelector('[role=dialog]') as HTMLElement | null) : document.body;
    // biome-ignore lint/performance/useDomNodeTextContent: see above
    const parts = [hostSelector ? '' : document.title, top?.innerText ?? ''];
    for (const el of root.querySelectorAll('*'))
      for (const a of attrs) {
        const v = el.getAttribute(a);
        if (v) parts.push(v);
      }
    // Text that a screen reader reads but innerText leaves out (visually hidden labels).
    for (const el of root.querySelectorAll('.sr-only')) parts.push(el.textContent ?? '');
    return parts.join('\n');
  }, host);
}

/** axe-core's violations on an extension page, as "rule: targets". */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's violations inside the overlay's shadow root, on the web page it opened over. */
export async function overlayAxeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page above
    const axe = (globalThis as any).axe;
    const r = await axe.run(
      { include: [['hanvisa-quicksearch', '.palette']] },
      { resultTypes: ['violations'] },
    );
    return r.violations.map(
      (v: { id: string; nodes: { target: string[][] }[] }) =>
        `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`,
    );
  });
}

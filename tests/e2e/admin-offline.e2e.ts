/**
 * Without a catalogue address the extension makes no network request at all: the page-context,
 * popup and options pages all work from the bundled catalogue.
 */
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removePolicy, writePolicy } from './admin-fixtures.ts';
import { type Extension, launchExtension } from './harness.ts';

describe('without a catalogue address', () => {
  let ext: Extension;
  const requests: string[] = [];

  beforeAll(async () => {
    writePolicy({ homeRegion: '14' });
    ext = await launchExtension();
    ext.context.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    removePolicy();
    await ext?.close();
  });

  it('makes no network request at all', async () => {
    const options = await ext.open('options');
    await options.waitForSelector('#catalogue-status');
    await ext.open('popup');
    await new Promise((r) => setTimeout(r, 2_000));
    expect(requests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
    await expect(options.locator('#catalogue-status').textContent()).resolves.toContain(
      'hämtar ingenting från nätet',
    );
    const stored = await ext.inWorker((chrome) =>
      chrome.storage.local.get(['remoteCatalogue', 'remoteCatalogueState']),
    );
    expect(stored).toEqual({});
  });

  it('has an options page without accessibility violations', async () => {
    const options = await ext.open('options');
    await options.waitForSelector('#catalogue-status');
    const result = await new AxeBuilder({ page: options }).analyze();
    const summary = result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(summary).toEqual([]);
  });
});

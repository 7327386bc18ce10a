// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_RESTARTS } from '../../../entrypoints/context.content/overflow.ts';
import { createPageScanner } from '../../../entrypoints/context.content/scanner.ts';
import { compileMatcher, type ScanResult } from '../../../lib/matcher/index.ts';
import { readVocabulary } from './vocabulary.ts';

const matcher = compileMatcher(readVocabulary(), { year: 2026 });
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

function counts(total: ScanResult | null): Record<string, number> {
  return Object.fromEntries((total?.hits ?? []).map((h) => [h.theme, h.count]));
}

describe('a page that never stops changing', () => {
  const abort = new AbortController();
  afterEach(() => {
    abort.abort();
    document.body.replaceChildren();
  });

  it('reads the page again only a few times, then follows just the changed nodes, exactly', async () => {
    const note = document.createElement('p');
    note.textContent = 'Hon har sålt sex mot ersättning.';
    const ticker = document.createElement('div');
    const clock = document.createTextNode('');
    ticker.append(clock);
    const list = document.createElement('ul');
    document.body.replaceChildren(note, ticker, list);

    let latest: ScanResult | null = null;
    let restarts = 0;
    createPageScanner(document, {
      matcher,
      signal: abort.signal,
      maxQueued: 10,
      onChange: (t) => (latest = t),
      onRestart: () => restarts++,
    }).start();

    // Every tick overflows the queue of 10 on its own.
    let n = 0;
    const storm = setInterval(() => {
      for (let i = 0; i < 12; i++) {
        n++;
        clock.data = n % 2 === 1 ? `Uppdatering ${n}: sugardejting` : `Uppdatering ${n}`;
        const li = document.createElement('li');
        li.textContent = n % 3 === 0 ? `rad ${n} hbtq` : `rad ${n}`;
        list.append(li);
        if (list.childNodes.length > 20) list.firstChild?.remove();
      }
    }, 2);
    // Storm until enough changes have come, however slow the machine: not a fixed time.
    while (n < 600) await wait(20);
    const added = document.createElement('p');
    added.textContent = 'Mitt i stormen: självskada.';
    document.body.append(added);
    for (let t = 0; t < 100 && counts(latest).sjalvskada !== 1; t++) await wait(20);
    expect(counts(latest).sjalvskada).toBe(1);
    clearInterval(storm);
    await wait(100);

    expect(n).toBeGreaterThan(500);
    expect(restarts).toBeGreaterThan(0);
    expect(restarts).toBeLessThanOrEqual(MAX_RESTARTS);
    const hbtq = [...list.children].filter((li) => li.textContent?.includes('hbtq')).length;
    expect(counts(latest)).toEqual({
      'sex-mot-ersattning': 1,
      sjalvskada: 1,
      ...(n % 2 === 1 ? { sugardejting: 1 } : {}),
      ...(hbtq > 0 ? { hbtqi: hbtq } : {}),
    });
  });
});

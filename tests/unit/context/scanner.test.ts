// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageScanner } from '../../../entrypoints/context.content/scanner.ts';
import { compileMatcher, type ScanResult } from '../../../lib/matcher/index.ts';
import { readVocabulary } from './vocabulary.ts';

const matcher = compileMatcher(readVocabulary());

function themes(total: ScanResult | null): Record<string, number> {
  return Object.fromEntries((total?.hits ?? []).map((h) => [h.theme, h.count]));
}

describe('the page scanner', () => {
  let abort: AbortController;
  let latest: ScanResult | null;
  let changes: number;

  async function settle(): Promise<void> {
    for (let i = 0; i < 20; i++) await new Promise((done) => setTimeout(done, 5));
  }

  function start(): void {
    createPageScanner(document, {
      matcher,
      signal: abort.signal,
      onChange: (total) => {
        latest = total;
        changes++;
      },
    }).start();
  }

  beforeEach(() => {
    abort = new AbortController();
    latest = null;
    changes = 0;
  });
  afterEach(() => {
    abort.abort();
    document.body.innerHTML = '';
  });

  it('reads visible text, fields and rich text, but not scripts, styles, templates or hidden parts', async () => {
    document.body.innerHTML = `
      <p>Patienten har sålt sex.</p>
      <script>const x = "människohandel";</script>
      <style>.sugardejting {}</style>
      <template><p>hbtq</p></template>
      <div hidden>sexuellt våld</div>
      <div contenteditable="true"><p>Kontakt via <b>sugardejting</b>.</p></div>
      <textarea>Fråga om hbtq-personer.</textarea>`;
    start();
    await settle();
    const found = themes(latest);
    expect(found['sex-mot-ersattning']).toBe(1);
    expect(found.sugardejting).toBe(1);
    expect(found.hbtqi).toBe(1);
    expect(found.manniskohandel).toBeUndefined();
    expect(found['sexuellt-vald']).toBeUndefined();
  });

  it('follows typed text, added notes and removed notes without double counting', async () => {
    document.body.innerHTML = '<div id="note"><p id="p">Samtal om sömn.</p></div>';
    start();
    await settle();
    expect(themes(latest)).toEqual({});
    const text = document.getElementById('p')?.firstChild as Text;
    text.data = 'Samtal om sömn. Hon har sålt sex.';
    await settle();
    expect(themes(latest)).toEqual({ 'sex-mot-ersattning': 1 });
    const added = document.createElement('p');
    added.textContent = 'Misstanke om människohandel.';
    document.getElementById('note')?.append(added);
    await settle();
    expect(themes(latest)).toEqual({ 'sex-mot-ersattning': 1, manniskohandel: 1 });
    // Moving a paragraph must not count it twice.
    document.getElementById('note')?.prepend(added);
    await settle();
    expect(themes(latest)).toEqual({ 'sex-mot-ersattning': 1, manniskohandel: 1 });
    added.remove();
    await settle();
    expect(themes(latest)).toEqual({ 'sex-mot-ersattning': 1 });
  });

  it('rescans a text field on input', async () => {
    document.body.innerHTML = '<textarea id="t"></textarea>';
    start();
    await settle();
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.value = 'Patienten förnekar sex mot ersättning.';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(latest?.hits).toEqual([
      expect.objectContaining({ theme: 'sex-mot-ersattning', count: 1, negated: 1 }),
    ]);
  });

  it('stops following the page once its signal aborts', async () => {
    document.body.innerHTML = '<p id="p">Samtal.</p>';
    start();
    await settle();
    const before = changes;
    abort.abort();
    (document.getElementById('p') as HTMLElement).textContent = 'Hon har sålt sex.';
    await settle();
    expect(changes).toBe(before);
  });
});

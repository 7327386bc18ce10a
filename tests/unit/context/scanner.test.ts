// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPageScanner } from '../../../entrypoints/context.content/scanner.ts';
import { compileMatcher, type ScanResult } from '../../../lib/matcher/index.ts';
import { readVocabulary } from './vocabulary.ts';

const matcher = compileMatcher(readVocabulary(), { year: 2026 });

type Child = Node | string;

/** Builds elements without HTML strings (the project forbids innerHTML, tests included). */
function h(tag: string, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.append(...children);
  return el;
}

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
    document.body.replaceChildren();
  });

  it('reads visible text, fields and rich text, but not scripts, styles, templates or hidden parts', async () => {
    document.body.replaceChildren(
      h('p', {}, 'Patienten har sålt sex.'),
      h('script', { type: 'application/json' }, '{"x": "människohandel"}'),
      h('style', {}, '.sexkop {}'),
      h('template', {}, h('p', {}, 'hbtq')),
      h('div', { hidden: '' }, 'sexuellt våld'),
      h('div', { contenteditable: 'true' }, h('p', {}, 'Samtal om ', h('b', {}, 'självskada'), '.')),
      h('textarea', {}, 'Fråga om hbtq-personer.'),
    );
    start();
    await settle();
    const found = themes(latest);
    expect(found['sex-mot-ersattning']).toBe(1);
    expect(found.sjalvskada).toBe(1);
    expect(found.hbtqi).toBe(1);
    expect(found.manniskohandel).toBeUndefined();
    expect(found.sexkop).toBeUndefined();
    expect(found['sexuellt-vald']).toBeUndefined();
  });

  it('gathers named resources and the patient values of every part of the page', async () => {
    document.body.replaceChildren(
      h('p', {}, 'Kvinna, 34 år. Behöver tolk på arabiska.'),
      h('p', {}, 'Hänvisad till Terrafem.'),
      h('textarea', { id: 't' }, 'Dottern, 15 år, har kontakt med Bris. Pat, 36, har ont.'),
    );
    start();
    await settle();
    expect(latest?.named.map((n) => n.id).sort()).toEqual(['bris', 'terrafem']);
    expect(latest?.patient).toMatchObject({ otherAges: [15], languages: ['ar'] });
    expect([...(latest?.patient.ages ?? [])].sort()).toEqual([34, 36]);
    expect(latest?.patient.gender.woman).toBeGreaterThan(0);
    // A part read again keeps its place among the others: which age is first does not flip.
    const before = latest?.patient.ages ?? [];
    const first = document.querySelector('p')?.firstChild as Text;
    first.data = 'Kvinna, 35 år. Behöver tolk på arabiska.';
    await settle();
    expect(latest?.patient.ages).toEqual(before.map((a) => (a === 34 ? 35 : a)));
  });

  it('follows typed text, added notes and removed notes without double counting', async () => {
    document.body.replaceChildren(h('div', { id: 'note' }, h('p', { id: 'p' }, 'Samtal om sömn.')));
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
    document.body.replaceChildren(h('textarea', { id: 't' }));
    start();
    await settle();
    const area = document.getElementById('t') as HTMLTextAreaElement;
    area.value = 'Patienten förnekar sex mot ersättning.';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(latest?.hits).toEqual([
      expect.objectContaining({ theme: 'sex-mot-ersattning', count: 1, negated: 0, denied: 1 }),
    ]);
    area.value = '';
    area.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
    expect(latest?.hits).toEqual([]);
  });

  it('stops following the page once its signal aborts', async () => {
    document.body.replaceChildren(h('p', { id: 'p' }, 'Samtal.'));
    start();
    await settle();
    const before = changes;
    abort.abort();
    (document.getElementById('p') as HTMLElement).textContent = 'Hon har sålt sex.';
    await settle();
    expect(changes).toBe(before);
  });
});

// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createFieldTracker } from '../../../entrypoints/context.content/insert.ts';
import { createPageScanner } from '../../../entrypoints/context.content/scanner.ts';
import { compileMatcher, type ScanResult } from '../../../lib/matcher/index.ts';
import { readVocabulary } from './vocabulary.ts';

const matcher = compileMatcher(readVocabulary(), { year: 2026 });
const SHADOWED = [
  'localName',
  'hasAttribute',
  'nodeType',
  'parentElement',
  'isContentEditable',
  'ownerDocument',
];

/**
 * A <form> with <input name="hasAttribute"> etc.: in a browser the form's named properties hide
 * the built-ins. happy-dom does not do that, so the test shadows them the same way by hand.
 */
function clobberedForm(): HTMLFormElement {
  const form = document.createElement('form');
  for (const name of SHADOWED) {
    const input = document.createElement('input');
    input.name = name;
    input.value = 'x';
    form.append(input);
    Object.defineProperty(form, name, { value: input, configurable: true });
  }
  const p = document.createElement('p');
  p.textContent = 'Hon har sålt sex mot ersättning via en sugardejtingsida.';
  const note = document.createElement('textarea');
  note.textContent = 'Samtal om självskada.';
  form.append(p, note);
  return form;
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((done) => setTimeout(done, 5));
}

describe('a page that shadows DOM built-ins with form controls', () => {
  const abort = new AbortController();
  afterEach(() => document.body.replaceChildren());

  it('reads the form, follows changes inside it and does not throw', async () => {
    document.body.replaceChildren(clobberedForm());
    let latest: ScanResult | null = null;
    createPageScanner(document, { matcher, signal: abort.signal, onChange: (t) => (latest = t) }).start();
    await settle();
    const themes = () => ((latest as ScanResult | null)?.hits ?? []).map((h) => h.theme).sort();
    // The paragraph and the text field of the form are both read.
    expect(themes()).toEqual(['sex-mot-ersattning', 'sjalvskada']);
    // A change inside the form makes the scanner walk up through it (insideSkipped, regions).
    const added = document.createElement('p');
    added.textContent = 'Vi pratade om hbtq.';
    document.querySelector('form')?.append(added);
    await settle();
    expect(themes()).toContain('hbtqi');
    abort.abort();
  });

  it('does not take a shadowed form for a rich-text editor', () => {
    const form = clobberedForm();
    document.body.replaceChildren(form);
    const tracker = createFieldTracker(new AbortController().signal);
    tracker.track(document);
    form.querySelector('p')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(tracker.hasField()).toBe(false);
    expect(tracker.insert('text')).toEqual({ inserted: false, reason: 'no-field' });
  });
});

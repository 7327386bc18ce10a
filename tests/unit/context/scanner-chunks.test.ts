// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { CHUNK_CHARS } from '../../../entrypoints/context.content/reader.ts';
import { createPageScanner } from '../../../entrypoints/context.content/scanner.ts';
import { compileMatcher, type ScanResult } from '../../../lib/matcher/index.ts';
import { readVocabulary } from './vocabulary.ts';

const matcher = compileMatcher(readVocabulary(), { year: 2026 });
const FILLER = 'Samtal om sömn och mat. '.repeat(20);
const HIT = 'Hon har sålt sex.';

function counts(total: ScanResult | null): Record<string, number> {
  return Object.fromEntries((total?.hits ?? []).map((h) => [h.theme, h.count]));
}

async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((done) => setTimeout(done, 5));
}

/** A scanner over the document; `latest()` is its last reported total. */
function scan(signal: AbortSignal): () => ScanResult | null {
  let latest: ScanResult | null = null;
  createPageScanner(document, { matcher, signal, onChange: (t) => (latest = t) }).start();
  return () => latest;
}

function page(paragraphs: number): HTMLParagraphElement[] {
  const ps = Array.from({ length: paragraphs }, (_, i) => {
    const p = document.createElement('p');
    p.id = `p${i}`;
    p.append(i % 7 === 0 ? `${FILLER}${HIT}` : FILLER);
    return p;
  });
  document.body.replaceChildren(...ps);
  return ps;
}

describe('the page scanner over many chunks', () => {
  const aborts: AbortController[] = [];
  const signal = () => {
    const a = new AbortController();
    aborts.push(a);
    return a.signal;
  };
  afterEach(() => {
    for (const a of aborts.splice(0)) a.abort();
    document.body.replaceChildren();
  });

  it('keeps exact totals through moves, removals, edits and additions across chunk borders', async () => {
    const ps = page(80);
    expect(80 * FILLER.length).toBeGreaterThan(4 * CHUNK_CHARS);
    const latest = scan(signal());
    await settle();
    expect(counts(latest())).toEqual({ 'sex-mot-ersattning': 12 });
    const at = (i: number): HTMLElement => {
      const p = ps[i];
      if (!p) throw new Error(`no paragraph ${i}`);
      return p;
    };
    const [p0, p7, p30, p45, p50] = [at(0), at(7), at(30), at(45), at(50)];
    // Move hits between chunks, to the front and to the back.
    document.body.append(p0);
    document.body.prepend(p50);
    p30.before(p7);
    await settle();
    expect(counts(latest())).toEqual({ 'sex-mot-ersattning': 12 });
    // Remove a run of paragraphs long enough to hold a chunk's start.
    for (const p of ps.slice(10, 40)) if (p !== p7) p.remove();
    (p45.firstChild as Text).data = HIT;
    const added = document.createElement('div');
    added.append(document.createElement('p'), document.createElement('p'));
    (added.firstChild as HTMLElement).append(`${FILLER}Misstanke om människohandel.`);
    ps[60]?.after(added);
    await settle();
    const incremental = counts(latest());
    const fresh = scan(signal());
    await settle();
    expect(incremental).toEqual(counts(fresh()));
    expect(incremental).toEqual({ 'sex-mot-ersattning': 9, manniskohandel: 1 });
  });

  it('does not read text typed into a script', async () => {
    const script = document.createElement('script');
    script.type = 'text/plain';
    script.append('tom');
    document.body.replaceChildren(script, document.createElement('p'));
    const latest = scan(signal());
    await settle();
    (script.firstChild as Text).data = HIT;
    await settle();
    expect(counts(latest())).toEqual({});
  });
});

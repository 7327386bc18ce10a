// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTextBatch, separate } from '../../../entrypoints/context.content/batch.ts';
import { type Chunk, createWalk, newChunk } from '../../../entrypoints/context.content/reader.ts';

function h(tag: string, ...children: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  el.append(...children);
  return el;
}

function texts(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** Every chunk text a full walk of the document hands over, in order. */
function readAll(): string[] {
  const out: string[] = [];
  const sink = {
    begin: () => {},
    isStart: () => false,
    chunk: (c: Chunk) => out.push(c.text),
    field: () => {},
    frame: () => {},
  };
  createWalk(newChunk(document, document), sink, 1_000_000, false).step(Number.POSITIVE_INFINITY);
  return out;
}

const mark = (text: string, br: boolean) => text.length * 2 + (br ? 1 : 0);

describe('separators between the text of consecutive nodes', () => {
  it('never glues two words, and ends a clause where a block starts', () => {
    expect(separate('barnporr', [mark('barn', true), mark('porr', false)])).toBe('\nbarn porr');
    expect(separate('intevåld', [mark('inte', true), mark('våld', true)])).toBe('\ninte\nvåld');
    // A space is no clause end: "inte" must not reach into the next block.
    expect(separate('inte våld', [mark('inte ', true), mark('våld', true)])).toBe('\ninte \nvåld');
  });

  it('adds nothing where the text already has the separator', () => {
    const parts = ['Samtal om', ' sömn', '\n', 'Ny rad', '\nsista'];
    const marks = parts.map((p, i) => mark(p, i === 0 || i === 3 || i === 4));
    expect(separate(parts.join(''), marks)).toBe('\nSamtal om sömn\nNy rad\nsista');
    expect(separate('a\tb', [mark('a\t', false), mark('b', false)])).toBe(' a\tb');
  });
});

describe('reading many text nodes with one Range', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('reads a stretch with one Range, adding a space or a newline only where the text has none', () => {
    document.body.append(h('p', 'Patienten ', h('b', 'Vål'), 'dtäkt'), h('p', 'sömn'));
    const rangeText = vi.spyOn(Range.prototype, 'toString');
    const batch = createTextBatch(document);
    texts(document.body).forEach((t, i) => {
      batch.add(t, t.length, i === 0 || i === 3);
    });
    expect(batch.size).toBe(4);
    expect(batch.take()).toBe('\nPatienten Vål dtäkt\nsömn');
    expect(rangeText).toHaveBeenCalledTimes(1);
    expect(batch.size).toBe(0);
    expect(batch.take()).toBe('');
  });

  it('reads each node when the lengths do not add up to the Range text', () => {
    document.body.append(h('p', 'ett'), h('p', 'två'), h('p', 'tre'));
    const batch = createTextBatch(document);
    const [a, b, c] = texts(document.body);
    if (!a || !b || !c) throw new Error('no text');
    batch.add(a, 3, true);
    batch.add(b, 2, true); // as if the walk had missed a character (a CDATA section)
    batch.add(c, 3, false);
    expect(batch.take()).toBe('\nett\ntvå tre');
  });

  it('reads one or two nodes directly, without a Range', () => {
    document.body.append(h('p', 'ett'), h('p', 'två'));
    const rangeText = vi.spyOn(Range.prototype, 'toString');
    const batch = createTextBatch(document);
    for (const t of texts(document.body)) batch.add(t, t.length, true);
    expect(batch.take()).toBe('\nett\ntvå');
    expect(rangeText).not.toHaveBeenCalled();
  });

  it('never takes the text of skipped elements between the nodes of one stretch', () => {
    const area = document.createElement('textarea');
    area.textContent = 'inte synlig';
    const hidden = h('span', 'dold text');
    hidden.setAttribute('hidden', '');
    document.body.append(
      h('p', 'Ett ', h('b', 'två'), ' tre', h('script', 'var x = 1;'), ' fyra ', hidden, 'fem'),
      h('p', 'sex ', area, 'sju ', h('i', 'åtta'), ' nio'),
      h('p', 'tio'),
    );
    const rangeText = vi.spyOn(Range.prototype, 'toString');
    const text = readAll().join('');
    expect(text).toBe('\nEtt två tre  fyra  fem\nsex \nsju åtta nio\ntio');
    // The stretch ends before each skipped element, so no Range needs the fallback.
    const read = rangeText.mock.results.map((r) => String(r.value));
    expect(read).toEqual(['Ett två tre', 'sju åtta niotio']);
    for (const t of ['var x', 'inte synlig', 'dold']) expect(text).not.toContain(t);
  });
});

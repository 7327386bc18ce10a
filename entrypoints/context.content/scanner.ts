/**
 * Keeps the theme hits of a live page up to date: one full read in time slices, then only what
 * changed (mutated text, added subtrees, edited fields). Each chunk and field is scanned on its
 * own and the page total is their exact sum (createTally), so an update costs one chunk's scan.
 * Knows nothing of the extension APIs, so the benchmark runs the same code in a plain page.
 */
import type { Matcher, ScanResult } from '../../lib/matcher/index.ts';
import { asElement, type Chunk, chunkText, createWalk, isTextField } from './reader.ts';
import { createSlicer } from './slicer.ts';
import { createUnitTally } from './unit-tally.ts';

export const MAX_CHARS = 20_000_000;
/** Above this many queued mutations one full rescan is cheaper than following each (as Dark Reader does). */
export const MAX_QUEUED_MUTATIONS = 5_000;

type Field = HTMLInputElement | HTMLTextAreaElement;
type Unit = Chunk | Field;

export interface ScannerOptions {
  matcher: Matcher;
  /** The page's hits changed (called at most once per slice) */
  onChange(total: ScanResult): void;
  signal: AbortSignal;
  sliceMs?: number;
  /** For the benchmark: every slice's duration, and whether the scanner has caught up */
  onSlice?(ms: number, idle: boolean): void;
  /** Each scanned text, in memory only (the opt-in age reader looks for a personnummer) */
  onText?(text: string): void;
  /** A same-origin frame's document was found (to follow the caret there) */
  onDocument?(doc: Document): void;
}

export function createPageScanner(root: Document, opts: ScannerOptions) {
  const tally = createUnitTally<Unit>();
  const owner = new WeakMap<Text, Chunk>();
  const fieldValues = new Map<Field, string>();
  const frames = new Map<Element, Document>();
  const walks: { step(deadline: number): boolean }[] = [];
  const dirtyChunks = new Set<Chunk>();
  const dirtyFields = new Set<Field>();
  let records: MutationRecord[] = [];
  let changed = false;
  let readChars = 0;

  const owns = (chunk: Chunk) => (node: Text) => owner.get(node) === chunk;

  const sink = {
    chunk(chunk: Chunk) {
      for (const node of chunk.nodes) {
        const old = owner.get(node);
        if (old !== undefined && old !== chunk) dirtyChunks.add(old);
        owner.set(node, chunk);
      }
      readChars += chunk.chars;
      const text = chunk.text;
      chunk.text = '';
      scanInto(chunk, text);
    },
    field(el: Field) {
      dirtyFields.add(el);
    },
    frame(el: HTMLIFrameElement | HTMLFrameElement) {
      if (!frames.has(el)) el.addEventListener('load', () => addFrame(el), { signal: opts.signal });
      addFrame(el);
    },
  };

  const observer = new MutationObserver((list) => {
    if (records.length < MAX_QUEUED_MUTATIONS) for (const r of list) records.push(r);
    else records.length = MAX_QUEUED_MUTATIONS + 1;
    slicer.wake();
  });
  opts.signal.addEventListener('abort', () => observer.disconnect());

  function watch(doc: Document): void {
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    doc.addEventListener(
      'input',
      (e) => {
        const t = asElement(e.target);
        if (t !== null && isTextField(t)) {
          dirtyFields.add(t);
          slicer.wake();
        }
      },
      { capture: true, signal: opts.signal },
    );
  }

  function addFrame(el: HTMLIFrameElement | HTMLFrameElement): void {
    let doc: Document | null = null;
    try {
      doc = el.contentDocument; // null for a cross-origin frame: never read
    } catch {
      doc = null;
    }
    const before = frames.get(el);
    if (before === doc) return;
    if (before) dropDocument(before);
    if (!doc) return;
    frames.set(el, doc);
    watch(doc);
    opts.onDocument?.(doc);
    walks.push(createWalk(doc, sink, MAX_CHARS));
    slicer.wake();
  }

  function dropDocument(doc: Document): void {
    tally.deleteWhere((unit) => ('doc' in unit ? unit.doc === doc : unit.ownerDocument === doc));
    changed = true;
  }

  function takeRecords(): void {
    const list = records;
    records = [];
    if (list.length > MAX_QUEUED_MUTATIONS) {
      restart();
      return;
    }
    for (const r of list) {
      if (r.type === 'characterData') {
        const chunk = owner.get(r.target as Text);
        if (chunk) dirtyChunks.add(chunk);
        else if (r.target.isConnected) walks.push(createWalk(r.target, sink, MAX_CHARS));
        continue;
      }
      for (const node of r.removedNodes) markRemoved(node);
      for (const node of r.addedNodes) {
        if (node.isConnected && !insideSkipped(node)) walks.push(createWalk(node, sink, MAX_CHARS));
      }
    }
  }

  function markRemoved(node: Node): void {
    if (node.nodeType === 3) {
      const chunk = owner.get(node as Text);
      if (chunk) dirtyChunks.add(chunk);
      return;
    }
    const el = asElement(node);
    if (el !== null && isTextField(el)) {
      tally.delete(el);
      fieldValues.delete(el);
      changed = true;
    }
    const doc = node.ownerDocument;
    if (!doc || node.nodeType !== 1) return;
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
      const chunk = owner.get(n as Text);
      if (chunk) dirtyChunks.add(chunk);
    }
    for (const el of (node as Element).querySelectorAll('textarea,input')) {
      tally.delete(el as Field);
      fieldValues.delete(el as Field);
      changed = true;
    }
  }

  function insideSkipped(node: Node): boolean {
    for (let p = node.parentElement; p !== null; p = p.parentElement) {
      const name = p.localName;
      if (
        name === 'script' ||
        name === 'style' ||
        name === 'template' ||
        name === 'textarea' ||
        p.hasAttribute('hidden')
      )
        return true;
    }
    return false;
  }

  function scanInto(unit: Unit, text: string): void {
    tally.set(unit, opts.matcher.scan(text));
    opts.onText?.(text);
    changed = true;
  }

  function rescanChunk(chunk: Chunk): void {
    scanInto(chunk, chunkText(chunk, owns(chunk)));
  }

  function rescanField(el: Field): void {
    const value = el.isConnected ? el.value : '';
    if (fieldValues.get(el) === value) return;
    fieldValues.set(el, value);
    scanInto(el, value);
  }

  /** One slice: mutations first (cheap), then fields and chunks that changed, then reading. */
  function work(deadline: number): boolean {
    takeRecords();
    for (const el of dirtyFields) {
      dirtyFields.delete(el);
      rescanField(el);
      if (performance.now() > deadline) return false;
    }
    for (const chunk of dirtyChunks) {
      dirtyChunks.delete(chunk);
      rescanChunk(chunk);
      if (performance.now() > deadline) return false;
    }
    while (walks.length > 0) {
      const walk = walks[0];
      if (walk && !walk.step(deadline)) return false;
      walks.shift();
      if (readChars > MAX_CHARS) walks.length = 0;
    }
    return records.length === 0 && dirtyFields.size === 0 && dirtyChunks.size === 0;
  }

  const slicer = createSlicer({
    work,
    afterSlice(ms, done) {
      opts.onSlice?.(ms, done);
      if (changed) {
        changed = false;
        opts.onChange(tally.total());
      }
    },
    signal: opts.signal,
    sliceMs: opts.sliceMs ?? 8,
  });

  function restart(): void {
    tally.clear();
    dirtyChunks.clear();
    walks.length = 0;
    readChars = 0;
    changed = true;
    walks.push(createWalk(root, sink, MAX_CHARS));
    for (const doc of frames.values()) walks.push(createWalk(doc, sink, MAX_CHARS));
  }

  function start(): void {
    watch(root);
    walks.push(createWalk(root, sink, MAX_CHARS));
    slicer.wake();
  }

  /** Fields a page filled by script fire no event: compare their values now and then. */
  function checkFields(): void {
    for (const el of fieldValues.keys()) if (fieldValues.get(el) !== el.value) dirtyFields.add(el);
    if (dirtyFields.size > 0) slicer.wake();
  }

  return { start, checkFields, total: () => tally.total() };
}

/**
 * Keeps the theme hits of a live page up to date: one full read in time slices, then only what
 * changed (mutated text, added subtrees, edited fields). Each chunk and field is scanned on its
 * own and the page total is their exact sum (createTally), so an update costs one chunk's scan.
 * Knows nothing of the extension APIs, so the benchmark runs the same code in a plain page.
 */
import type { Matcher, ScanResult } from '../../lib/matcher/index.ts';
import {
  createTreeWalkerOf,
  hasAttr,
  isConnectedOf,
  listenOn,
  nameOf,
  nodeTypeOf,
  ownerDocumentOf,
  parentElementOf,
  parentNodeOf,
  queryAll,
} from './dom.ts';
import { createOverflow } from './overflow.ts';
import { asElement, type Chunk, createWalk, isTextField, newChunk } from './reader.ts';
import { createRegions } from './regions.ts';
import { createSlicer } from './slicer.ts';
import { createUnitTally } from './unit-tally.ts';

export const MAX_CHARS = 20_000_000;
/** How often a long first read reports what it found so far. */
const PROGRESS_MS = 200;

type Field = HTMLInputElement | HTMLTextAreaElement;
type Unit = Chunk | Field;
type Frame = HTMLIFrameElement | HTMLFrameElement;

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
  /** For tests: queued mutations above which the page is read again (overflow.ts) */
  maxQueued?: number;
  /** For tests and the benchmark: a flood of mutations made the scanner read the page again */
  onRestart?(): void;
}

export function createPageScanner(root: Document, opts: ScannerOptions) {
  const tally = createUnitTally<Unit>();
  const regions = createRegions();
  const fieldValues = new Map<Field, string>();
  const frames = new Map<Element, Document>();
  /**
   * Frames to look into, one at a time in the slices: the first read of a frame's document from
   * the content script costs a few ms each (the isolated world is set up in that frame), and 50
   * frames read at once made one task of 100 ms or more.
   */
  const pendingFrames = new Set<Frame>();
  const listened = new WeakSet<Element>();
  const walks: ReturnType<typeof createWalk>[] = [];
  const dirtyChunks = new Set<Chunk>();
  const dirtyFields = new Set<Field>();
  const queue = createOverflow(opts.maxQueued);
  let changed = false;

  const sink = {
    begin: regions.register,
    isStart: regions.isStart,
    chunk(chunk: Chunk) {
      const text = chunk.text;
      chunk.text = '';
      if (!chunk.dead) scanInto(chunk, text);
    },
    field(el: Field) {
      dirtyFields.add(el);
    },
    frame(el: Frame) {
      if (!listened.has(el)) {
        listened.add(el);
        listenOn(el, 'load', () => queueFrame(el), { signal: opts.signal });
      }
      pendingFrames.add(el);
    },
  };

  const observer = new MutationObserver((list) => {
    queue.add(list);
    slicer.wake();
  });
  opts.signal.addEventListener('abort', () => observer.disconnect());

  function watch(doc: Document): void {
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    listenOn(
      doc,
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

  function queueFrame(el: Frame): void {
    pendingFrames.add(el);
    slicer.wake();
  }

  function addFrame(el: Frame): void {
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
    readDocument(doc);
    slicer.wake();
  }

  /** A full read of a document not read before (or after regions.clear()). */
  function readDocument(doc: Document): void {
    const head = newChunk(doc, doc);
    regions.register(head);
    walks.push(createWalk(head, sink, MAX_CHARS, false));
  }

  function dropDocument(doc: Document): void {
    tally.deleteWhere((unit) => ('doc' in unit ? unit.doc === doc : unit.ownerDocument === doc));
    changed = true;
  }

  /** Mutations are followed once no walk is under way, so regions never change under a walk. */
  function takeRecords(): void {
    const { restart: again, folded, records: list } = queue.take();
    if (again) {
      restart();
      return;
    }
    if (folded) followFolded(folded.targets, folded.removed);
    // First every start that left the page, so the lookups below see the regions as they are now.
    for (const r of list) {
      if (r.type === 'characterData') continue;
      regions.moved();
      for (const node of r.removedNodes) dropRemoved(node);
    }
    for (const r of list) {
      if (r.type === 'characterData') {
        if (isConnectedOf(r.target) && !insideSkipped(r.target)) mark(regions.at(r.target));
        continue;
      }
      if (r.removedNodes.length > 0 && isConnectedOf(r.target)) {
        const next = r.nextSibling;
        mark(next && parentNodeOf(next) === r.target ? regions.before(next) : regions.endOf(r.target));
      }
      for (const node of r.addedNodes) {
        if (isConnectedOf(node) && !insideSkipped(node)) mark(regions.at(node));
      }
    }
  }

  /**
   * Past the restart budget: only which nodes changed is known, not where. Text added to or
   * removed from `target` belonged to the region holding `target`, or to one starting inside it.
   */
  function followFolded(targets: Node[], removed: Node[]): void {
    regions.moved();
    for (const node of removed) dropRemoved(node);
    for (const target of targets) {
      if (!isConnectedOf(target) || insideSkipped(target)) continue;
      mark(regions.at(target));
      const doc = ownerDocumentOf(target);
      if (doc === null || nodeTypeOf(target) !== 1) continue;
      const walker = createTreeWalkerOf(doc, target, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n !== null; n = walker.nextNode())
        if (regions.isStart(n)) mark(regions.at(n));
    }
  }

  function mark(chunk: Chunk | undefined): void {
    if (chunk) dirtyChunks.add(chunk);
  }

  function dropChunkAt(node: Node): void {
    const chunk = regions.drop(node);
    if (chunk === undefined) return;
    tally.delete(chunk);
    changed = true;
  }

  function dropRemoved(node: Node): void {
    dropChunkAt(node);
    const el = asElement(node);
    if (el === null) return;
    if (isTextField(el)) dropField(el);
    const doc = ownerDocumentOf(node);
    if (!doc) return;
    const walker = createTreeWalkerOf(doc, node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) dropChunkAt(n);
    for (const field of queryAll(el, 'textarea,input')) dropField(field as Field);
  }

  function dropField(el: Field): void {
    tally.delete(el);
    fieldValues.delete(el);
    changed = true;
  }

  function insideSkipped(node: Node): boolean {
    for (let p = parentElementOf(node); p !== null; p = parentElementOf(p)) {
      const name = nameOf(p);
      if (
        name === 'script' ||
        name === 'style' ||
        name === 'template' ||
        name === 'textarea' ||
        hasAttr(p, 'hidden')
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

  function rescanField(el: Field): void {
    const value = isConnectedOf(el) ? el.value : '';
    if (fieldValues.get(el) === value) return;
    fieldValues.set(el, value);
    scanInto(el, value);
  }

  /** One slice: fields first (cheap), then walks under way, then mutations and their rescans. */
  function work(deadline: number): boolean {
    for (const el of dirtyFields) {
      dirtyFields.delete(el);
      rescanField(el);
      if (performance.now() > deadline) return false;
    }
    for (const el of pendingFrames) {
      pendingFrames.delete(el);
      addFrame(el);
      if (performance.now() > deadline) return false;
    }
    for (;;) {
      const walk = walks[0];
      if (walk) {
        if (!walk.step(deadline)) return false;
        walks.shift();
        if (performance.now() > deadline) return false;
        continue;
      }
      if (queue.pending()) takeRecords();
      const chunk = nextDirty();
      if (chunk === undefined) break;
      walks.push(createWalk(chunk, sink, MAX_CHARS, true));
      if (performance.now() > deadline) return false;
    }
    return !queue.pending() && dirtyFields.size === 0 && dirtyChunks.size === 0 && pendingFrames.size === 0;
  }

  function nextDirty(): Chunk | undefined {
    for (const chunk of dirtyChunks) {
      dirtyChunks.delete(chunk);
      // A start that left the page since comes back as a removal record.
      if (!chunk.dead && (chunk.start === chunk.doc || isConnectedOf(chunk.start))) return chunk;
    }
    return undefined;
  }

  /**
   * Mid-rescan, a region may be half read: report only whole states. During a full read, merging
   * every chunk so far at each slice would cost more than the reading: report progress now and then.
   */
  let reportedAt = 0;
  function settled(now: number): boolean {
    if (walks.length === 0) return true;
    if (walks.some((w) => w.bounded) || now - reportedAt < PROGRESS_MS) return false;
    reportedAt = now;
    return true;
  }

  const slicer = createSlicer({
    work,
    afterSlice(started, done) {
      if (changed && settled(started)) {
        changed = false;
        opts.onChange(tally.total());
      }
      // The whole task, merging and reporting included.
      opts.onSlice?.(performance.now() - started, done);
    },
    signal: opts.signal,
    sliceMs: opts.sliceMs ?? 8,
  });

  function restart(): void {
    opts.onRestart?.();
    tally.clear();
    regions.clear();
    dirtyChunks.clear();
    walks.length = 0;
    changed = true;
    readDocument(root);
    for (const doc of frames.values()) readDocument(doc);
  }

  function start(): void {
    watch(root);
    readDocument(root);
    slicer.wake();
  }

  /** Fields a page filled by script fire no event: compare their values now and then. */
  function checkFields(): void {
    for (const el of fieldValues.keys()) if (fieldValues.get(el) !== el.value) dirtyFields.add(el);
    if (dirtyFields.size > 0) slicer.wake();
  }

  return { start, checkFields, total: () => tally.total() };
}

/**
 * Reads a document's visible text into chunks of about CHUNK_CHARS characters, in document
 * order, with a TreeWalker and no filter callback (a callback per node costs about six times
 * more, see shared performance notes). Form fields and same-origin frames are handed to the
 * caller, which reads their values separately.
 */
import { createTextBatch } from './batch.ts';
import { createTreeWalkerOf, firstChildOf, getAttr, hasAttr, nameOf, nodeTypeOf } from './dom.ts';
import { FIELD, FRAME, INLINE, KIND, SKIPPED } from './tags.ts';

export const CHUNK_CHARS = 8_192;

/**
 * A stretch of the page read and scanned as one text. It owns its region: from `start` (a node
 * of the page, or the document itself for the first chunk) up to the next chunk's start, in
 * document order (see regions.ts), so no text node needs a map entry of its own.
 */
export interface Chunk {
  start: Node;
  doc: Document;
  /** The text as read by the last walk over the region (dropped once scanned) */
  text: string;
  chars: number;
  /** Its start left the page: its region joined the one before */
  dead: boolean;
}

export interface ReaderSink {
  /** A chunk begins at `chunk.start` (register it before any lookup can need it) */
  begin(chunk: Chunk): void;
  /** A chunk is full (or its region ended): scan it */
  chunk(chunk: Chunk): void;
  /** Whether `node` starts another chunk's region (ends a rescan) */
  isStart(node: Node): boolean;
  field(el: HTMLInputElement | HTMLTextAreaElement): void;
  frame(el: HTMLIFrameElement | HTMLFrameElement): void;
}

/** `instanceof Element` is false for nodes of a frame's document (another window's Element). */
export function asElement(target: EventTarget | null): Element | null {
  if (target === null) return null;
  try {
    return nodeTypeOf(target) === 1 ? (target as Element) : null;
  } catch {
    return null; // not a node (a window)
  }
}

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

export function isTextField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  const name = nameOf(el);
  if (name === 'textarea') return true;
  return name === 'input' && TEXT_INPUT_TYPES.has((getAttr(el, 'type') ?? '').toLowerCase());
}

export function newChunk(start: Node, doc: Document): Chunk {
  return { start, doc, text: '', chars: 0, dead: false };
}

/**
 * A resumable walk over the region of `first` (the whole document when `bounded` is false):
 * step(deadline) reads until performance.now() passes the deadline and returns true when done.
 * Past CHUNK_CHARS the region is split: the next node visited starts a new chunk.
 */
export function createWalk(first: Chunk, sink: ReaderSink, maxChars: number, bounded: boolean) {
  const doc = first.doc;
  const walker = createTreeWalkerOf(doc, doc, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  first.text = '';
  first.chars = 0;
  let chunk: Chunk | null = first;
  let pendingBreak = true;
  let total = 0;
  let done = false;
  let node: Node | null = first.start;
  if (node === doc) node = walker.nextNode();
  else walker.currentNode = node;
  // Text is read a stretch at a time (batch.ts), and always before yielding: the page may change.
  const batch = createTextBatch(doc);
  const flush = (c: Chunk) => {
    if (batch.size > 0) c.text += batch.take();
  };

  /** Next node after the current one's subtree. */
  function skip(): Node | null {
    let next = walker.nextSibling();
    while (next === null) {
      if (walker.parentNode() === null) return null;
      next = walker.nextSibling();
    }
    return next;
  }

  function step(deadline: number): boolean {
    if (done) return true;
    let n = 0;
    while (node !== null) {
      if ((++n & 255) === 0 && performance.now() > deadline) {
        if (chunk !== null) flush(chunk);
        return false;
      }
      if (chunk === null) {
        if (bounded && sink.isStart(node)) break;
        chunk = newChunk(node, doc);
        sink.begin(chunk);
      } else if (bounded && node !== chunk.start && sink.isStart(node)) break;
      // A form may shadow nodeType with a control, but never as 3: it still takes the element path.
      if (node.nodeType === 3) {
        const length = (node as Text).length;
        if (length > 0) {
          batch.add(node as Text, length, pendingBreak);
          chunk.chars += length + 1;
          total += length;
          pendingBreak = false;
          if (chunk.chars >= CHUNK_CHARS) {
            flush(chunk);
            sink.chunk(chunk);
            chunk = null;
          }
          if (total > maxChars) break;
        }
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      const name = nameOf(el);
      const kind = KIND.get(name);
      const skipped = kind === SKIPPED || hasAttr(el, 'hidden');
      if (skipped || kind === FIELD || kind === FRAME) {
        // A Range over the batch would hold the skipped text too.
        if (firstChildOf(el) !== null) flush(chunk);
        if (!skipped) {
          if (kind === FRAME) sink.frame(el as HTMLIFrameElement);
          else if (isTextField(el)) sink.field(el);
          pendingBreak = true;
        }
        node = skip();
        continue;
      }
      if (kind !== INLINE) pendingBreak = true;
      node = walker.nextNode();
    }
    if (chunk !== null) {
      flush(chunk);
      sink.chunk(chunk);
    }
    chunk = null;
    done = true;
    return true;
  }

  return { step, bounded };
}

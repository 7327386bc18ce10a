/**
 * Same-origin frames: each frame's document is watched and read like the page, and dropped
 * when the frame loads another. Frames are looked into one at a time in the slices: the first
 * read of a frame's document from the content script costs a few ms each (the isolated world is
 * set up in that frame), and 50 frames read at once made one task of 100 ms or more.
 */
import { listenOn } from './dom.ts';
import type { Frame, ScanState } from './scan-state.ts';

export interface FrameHooks {
  signal: AbortSignal;
  onDocument(doc: Document): void;
  /** Follow the document's mutations and field edits */
  watch(doc: Document): void;
  /** A full read of a document not read before */
  readDocument(doc: Document): void;
  wake(): void;
}

export function createFrames(state: ScanState, hooks: FrameHooks) {
  const frames = new Map<Element, Document>();
  const pending = new Set<Frame>();
  const listened = new WeakSet<Element>();

  /** A walk met the frame: look into it in a later slice, and again each time it loads. */
  function found(el: Frame): void {
    if (!listened.has(el)) {
      listened.add(el);
      listenOn(el, 'load', () => queue(el), { signal: hooks.signal });
    }
    pending.add(el);
  }

  function queue(el: Frame): void {
    pending.add(el);
    hooks.wake();
  }

  function add(el: Frame): void {
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
    hooks.watch(doc);
    hooks.onDocument(doc);
    hooks.readDocument(doc);
    hooks.wake();
  }

  function dropDocument(doc: Document): void {
    state.tally.deleteWhere((unit) => ('doc' in unit ? unit.doc === doc : unit.ownerDocument === doc));
    state.changed = true;
  }

  /** Looks into pending frames until the deadline passes; false when out of time. */
  function step(deadline: number): boolean {
    for (const el of pending) {
      pending.delete(el);
      add(el);
      if (performance.now() > deadline) return false;
    }
    return true;
  }

  return {
    found,
    step,
    pending: () => pending.size > 0,
    documents: () => frames.values(),
  };
}

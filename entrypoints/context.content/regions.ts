/**
 * Which chunk a node's text belongs to, with one map entry per chunk instead of one per text
 * node (a WeakMap entry per node cost more than reading the node). A chunk owns the stretch of
 * the document from its start up to the next registered start, so a lookup walks back, natively,
 * to the nearest start: at most one chunk's nodes. Regions split the page without overlap, so a
 * moved paragraph is counted once, where it is now.
 */
import { createTreeWalkerOf, isConnectedOf, lastChildOf, ownerDocumentOf } from './dom.ts';
import type { Chunk } from './reader.ts';

export type Regions = ReturnType<typeof createRegions>;

export function createRegions() {
  let starts = new WeakMap<Node, Chunk>();
  // The last lookup: typing changes the same text node again and again.
  let last: { node: Node; chunk: Chunk | undefined } | null = null;

  /** The chunk of the nearest start at or before `from` (or strictly before, if not inclusive). */
  function lookBack(from: Node, inclusive: boolean): Chunk | undefined {
    if (inclusive) {
      const own = starts.get(from);
      if (own) return own;
    }
    const doc = ownerDocumentOf(from);
    if (doc === null || !isConnectedOf(from)) return undefined;
    const walker = createTreeWalkerOf(doc, doc, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    walker.currentNode = from;
    for (let n = walker.previousNode(); n !== null; n = walker.previousNode()) {
      const chunk = starts.get(n);
      if (chunk) return chunk;
    }
    return starts.get(doc);
  }

  return {
    register(chunk: Chunk): void {
      last = null;
      starts.set(chunk.start, chunk);
    },
    isStart(node: Node): boolean {
      return starts.has(node);
    },
    /** `node` left the page: a chunk starting there dies, and its region joins the one before. */
    drop(node: Node): Chunk | undefined {
      const chunk = starts.get(node);
      if (chunk === undefined) return undefined;
      last = null;
      starts.delete(node);
      chunk.dead = true;
      return chunk;
    },
    /** The chunk whose region holds `node` (a node in the page; an added node holds no start). */
    at(node: Node): Chunk | undefined {
      if (last?.node !== node) last = { node, chunk: lookBack(node, true) };
      return last.chunk;
    },
    /** Nodes moved: forget the last lookup. */
    moved(): void {
      last = null;
    },
    /** The chunk whose region held text removed just before `node`. */
    before(node: Node): Chunk | undefined {
      return lookBack(node, false);
    },
    /** The chunk whose region held text removed at the end of `parent`'s children. */
    endOf(parent: Node): Chunk | undefined {
      let last: Node = parent;
      for (let child = lastChildOf(last); child !== null; child = lastChildOf(last)) last = child;
      return lookBack(last, last !== parent);
    },
    clear(): void {
      last = null;
      starts = new WeakMap();
    },
  };
}

/**
 * Reads a document's visible text into chunks of about CHUNK_CHARS characters, in document
 * order, with a TreeWalker and no filter callback (a callback per node costs about six times
 * more, see shared performance notes). Form fields and same-origin frames are handed to the
 * caller, which reads their values separately.
 */

/** Elements whose text is never visible, or is read another way (fields, frames). */
export const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'canvas',
  'object',
  'select',
]);
export const FIELD_TAGS = new Set(['textarea', 'input']);
export const FRAME_TAGS = new Set(['iframe', 'frame']);
/** Inline elements join their text with a space; every other element ends a clause. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'label',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
  'wbr',
  'ins',
  'del',
]);

export const CHUNK_CHARS = 8_192;

export interface Chunk {
  nodes: Text[];
  /** The separator before each node: ' ' inside a run of inline elements, '\n' across blocks */
  seps: string[];
  chars: number;
  doc: Document;
  /** The text as read by the walk (dropped once scanned; later rescans use chunkText) */
  text: string;
}

export interface ReaderSink {
  /** A chunk is full (or the walk ended): scan it */
  chunk(chunk: Chunk): void;
  field(el: HTMLInputElement | HTMLTextAreaElement): void;
  frame(el: HTMLIFrameElement | HTMLFrameElement): void;
}

/** `instanceof Element` is false for nodes of a frame's document (another window's Element). */
export function asElement(target: EventTarget | null): Element | null {
  return target !== null && (target as Node).nodeType === 1 ? (target as Element) : null;
}

const TEXT_INPUT_TYPES = new Set(['', 'text', 'search']);

export function isTextField(el: Element): el is HTMLInputElement | HTMLTextAreaElement {
  if (el.localName === 'textarea') return true;
  return el.localName === 'input' && TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

/** The text of a chunk as the matcher sees it (only nodes it still owns and that are in the page). */
export function chunkText(chunk: Chunk, owns: (node: Text) => boolean): string {
  let text = '';
  for (let i = 0; i < chunk.nodes.length; i++) {
    const node = chunk.nodes[i];
    if (node === undefined || !node.isConnected || !owns(node)) continue;
    text += (chunk.seps[i] ?? ' ') + node.data;
  }
  return text;
}

/**
 * A resumable walk over `root`: step(deadline) reads until performance.now() passes the
 * deadline and returns true when the whole subtree is read.
 */
export function createWalk(root: Node, sink: ReaderSink, maxChars: number) {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let chunk: Chunk = { nodes: [], seps: [], chars: 0, doc, text: '' };
  let pendingBreak = true;
  let total = 0;
  let done = false;

  function flush(): void {
    if (chunk.nodes.length > 0) sink.chunk(chunk);
    chunk = { nodes: [], seps: [], chars: 0, doc, text: '' };
  }

  /** Next node after the current one's subtree. */
  function skip(): Node | null {
    let next = walker.nextSibling();
    while (next === null) {
      if (walker.parentNode() === null) return null;
      next = walker.nextSibling();
    }
    return next;
  }

  // The root itself is not visited by nextNode(): handle a text or field root here.
  let node: Node | null =
    root.nodeType === Node.TEXT_NODE || root.nodeType === Node.ELEMENT_NODE ? root : walker.nextNode();

  function step(deadline: number): boolean {
    if (done) return true;
    let n = 0;
    while (node !== null) {
      if ((++n & 255) === 0 && performance.now() > deadline) return false;
      if (node.nodeType === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          const sep = pendingBreak ? '\n' : ' ';
          chunk.nodes.push(node as Text);
          chunk.seps.push(sep);
          chunk.text += sep + data;
          chunk.chars += data.length + 1;
          total += data.length;
          pendingBreak = false;
          if (chunk.chars >= CHUNK_CHARS) flush();
          if (total > maxChars) break;
        }
        node = walker.nextNode();
        continue;
      }
      const el = node as Element;
      const name = el.localName;
      if (SKIP.has(name) || el.hasAttribute('hidden')) {
        node = node === root ? null : skip();
        continue;
      }
      if (FIELD_TAGS.has(name) || FRAME_TAGS.has(name)) {
        if (FRAME_TAGS.has(name)) sink.frame(el as HTMLIFrameElement);
        else if (isTextField(el)) sink.field(el);
        pendingBreak = true;
        node = node === root ? null : skip();
        continue;
      }
      if (!INLINE.has(name)) pendingBreak = true;
      node = walker.nextNode();
    }
    flush();
    done = true;
    return true;
  }

  return { step };
}

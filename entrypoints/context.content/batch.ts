/**
 * Reads the text of many consecutive text nodes with one call. Asking a Text node for its `data`
 * makes the browser build a new JS string for each node, the largest part of a first read; its
 * `length` does not. So a walk notes each node's length and the separator due before it, and one
 * Range over the stretch yields all of their text as one string. A separator goes in only where
 * the text itself has none: a space where two words would touch, a newline (a clause end) where a
 * block starts without one. Pretty-printed pages put a newline between blocks anyway, so the text
 * of a stretch usually stays the one string the Range gave, with no piece per node to join again.
 *
 * A Range also holds the text of what the walk skipped in between (scripts, hidden subtrees): the
 * walk ends the batch before such an element, and lengths that do not add up (a CDATA section,
 * which the walk does not see) fall back to reading each node. Both ways give the same text.
 */
import { createRangeOf } from './dom.ts';

/** Below this many nodes one Range costs more than reading each node. */
const MIN_RANGE_NODES = 3;
/** One Range per document: a live Range is updated on every change of the page until collected. */
const ranges = new WeakMap<Document, Range>();

export interface TextBatch {
  /** A text node of `length` > 0; `br`: a clause ends before it (a block starts), else a word. */
  add(node: Text, length: number, br: boolean): void;
  /** The text of the nodes added since the last take, separators included; empties the batch. */
  take(): string;
  readonly size: number;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

/** Inserts the separators `marks` ask for (length * 2 + 1 if br) where `all` has none. */
export function separate(all: string, marks: readonly number[]): string {
  let text = '';
  let from = 0;
  let at = 0;
  for (const mark of marks) {
    if (at === 0) text = mark & 1 ? '\n' : ' ';
    else {
      const before = all.charCodeAt(at - 1);
      const after = all.charCodeAt(at);
      const has = mark & 1 ? before === 10 || after === 10 : isSpace(before) || isSpace(after);
      if (!has) {
        text += all.slice(from, at) + (mark & 1 ? '\n' : ' ');
        from = at;
      }
    }
    at += mark >> 1;
  }
  return text + all.slice(from, at);
}

export function createTextBatch(doc: Document): TextBatch {
  let nodes: Text[] = [];
  /** Per node: its length * 2, plus 1 when a clause ends before it. */
  let marks: number[] = [];
  let chars = 0;

  function viaRange(): string | null {
    const first = nodes[0];
    const last = nodes[nodes.length - 1];
    if (first === undefined || last === undefined) return '';
    let range = ranges.get(doc);
    if (range === undefined) {
      range = createRangeOf(doc);
      ranges.set(doc, range);
    }
    range.setStart(first, 0);
    range.setEnd(last, (marks[marks.length - 1] ?? 0) >> 1);
    const all = range.toString();
    range.collapse(true);
    return all.length === chars ? all : null;
  }

  return {
    add(node, length, br) {
      nodes.push(node);
      marks.push(length * 2 + (br ? 1 : 0));
      chars += length;
    },
    take() {
      if (nodes.length === 0) return '';
      let all = nodes.length >= MIN_RANGE_NODES ? viaRange() : null;
      if (all === null) {
        const data = nodes.map((n) => n.data);
        marks = marks.map((mark, i) => (data[i]?.length ?? 0) * 2 + (mark & 1));
        all = data.join('');
      }
      const text = separate(all, marks);
      nodes = [];
      marks = [];
      chars = 0;
      return text;
    },
    get size() {
      return nodes.length;
    },
  };
}

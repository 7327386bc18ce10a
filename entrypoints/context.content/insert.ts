/**
 * "Infoga i journalen": remembers the editable field the user last wrote in (in this document or
 * a same-origin frame) and puts text at its caret as if typed, so the page's editor sees an
 * ordinary input event and the browser's undo takes it back. Shared with the quick-search overlay.
 */

import type { InsertResult } from '../../lib/page/page-context.ts';
import { separatorBefore } from '../../lib/resource/journal-line.ts';
import {
  containsNode,
  createRangeOf,
  execCommandOf,
  focusOf,
  getSelectionOf,
  isConnectedOf,
  isContentEditableOf,
  listenOn,
  localNameOf,
  nodeTypeOf,
  ownerDocumentOf,
  parentElementOf,
  parentNodeOf,
} from './dom.ts';
import { asElement, isTextField } from './reader.ts';

type Field = HTMLInputElement | HTMLTextAreaElement;

interface LastField {
  el: HTMLElement;
  /** The caret in a rich-text editor, saved because clicking elsewhere moves the selection */
  range: Range | null;
}

const BLOCKS = new Set('p div li td th pre blockquote h1 h2 h3 h4 h5 h6'.split(' '));

/** The text of the caret's own block (paragraph, line) before the caret in a rich-text editor. */
function textBeforeCaret(root: HTMLElement, caret: Range): string {
  let block: Node | null = caret.startContainer;
  while (block !== null && block !== root) {
    if (nodeTypeOf(block) === 1 && BLOCKS.has(localNameOf(block as Element))) break;
    block = parentNodeOf(block);
  }
  const doc = ownerDocumentOf(root);
  if (doc === null) return '';
  const before = createRangeOf(doc);
  before.setStart(block ?? root, 0);
  before.setEnd(caret.startContainer, caret.startOffset);
  return before.toString();
}

function editableRoot(eventTarget: EventTarget | null): HTMLElement | null {
  const target = asElement(eventTarget);
  if (target === null) return null;
  if (isTextField(target)) return target as Field;
  if (!isContentEditableOf(target)) return null;
  // The outermost editable element is the editor; a caret inside a <p> of it belongs to it.
  let root = target;
  for (let up = parentElementOf(root); up !== null && isContentEditableOf(up); up = parentElementOf(up))
    root = up;
  return root as HTMLElement;
}

export function createFieldTracker(signal: AbortSignal) {
  let last: LastField | null = null;
  const tracked = new WeakSet<Document>();

  function saveRange(doc: Document): void {
    if (!last || ownerDocumentOf(last.el) !== doc || isTextField(last.el)) return;
    const sel = getSelectionOf(doc);
    if (sel && sel.rangeCount > 0) {
      const range = sel.getRangeAt(0);
      if (containsNode(last.el, range.commonAncestorContainer)) last.range = range.cloneRange();
    }
  }

  /** Follows focus and the caret in one document (the page or a same-origin frame). */
  function track(doc: Document): void {
    if (tracked.has(doc)) return;
    tracked.add(doc);
    const opts = { capture: true, signal };
    listenOn(
      doc,
      'focusin',
      (e) => {
        const el = editableRoot(e.target);
        if (el) last = { el, range: null };
      },
      opts,
    );
    listenOn(doc, 'selectionchange', () => saveRange(doc), { signal });
  }

  function insert(line: string): InsertResult {
    let text = line;
    if (!last) return { inserted: false, reason: 'no-field' };
    const { el, range } = last;
    const doc = ownerDocumentOf(el);
    if (!isConnectedOf(el) || doc === null) return { inserted: false, reason: 'field-gone' };
    const frame = doc === document ? 'top' : 'child';
    if (isTextField(el)) {
      if (el.readOnly || el.disabled) return { inserted: false, reason: 'read-only' };
      focusOf(el);
      const at = el.selectionStart ?? el.value.length;
      text = separatorBefore(el.value.slice(0, at), el.localName === 'textarea') + text;
      // execCommand keeps the browser's undo history; setRangeText is the fallback where it is missing.
      if (!execCommandOf(doc, 'insertText', text)) {
        el.setRangeText(
          text,
          el.selectionStart ?? el.value.length,
          el.selectionEnd ?? el.value.length,
          'end',
        );
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
      }
      return { inserted: true, target: el.localName === 'textarea' ? 'textarea' : 'input', frame };
    }
    if (!isContentEditableOf(el)) return { inserted: false, reason: 'read-only' };
    focusOf(el);
    const sel = getSelectionOf(doc);
    if (sel) {
      sel.removeAllRanges();
      if (range && containsNode(el, range.commonAncestorContainer)) sel.addRange(range);
      else {
        const end = createRangeOf(doc);
        end.selectNodeContents(el);
        end.collapse(false);
        sel.addRange(end);
      }
      if (sel.rangeCount > 0) text = separatorBefore(textBeforeCaret(el, sel.getRangeAt(0)), true) + text;
    }
    if (!execCommandOf(doc, 'insertText', text)) return { inserted: false, reason: 'read-only' };
    return { inserted: true, target: 'contenteditable', frame };
  }

  return { track, insert, hasField: () => last !== null && isConnectedOf(last.el) };
}

/**
 * "Infoga i journalen": remembers the editable field the user last wrote in (in this document or
 * a same-origin frame) and puts text at its caret as if typed, so the page's editor sees an
 * ordinary input event and the browser's undo takes it back. Shared with the quick-search overlay.
 */
import type { InsertResult } from '../../lib/page/page-context.ts';
import {
  containsNode,
  createRangeOf,
  execCommandOf,
  focusOf,
  getSelectionOf,
  isConnectedOf,
  isContentEditableOf,
  listenOn,
  ownerDocumentOf,
  parentElementOf,
} from './dom.ts';
import { asElement, isTextField } from './reader.ts';

type Field = HTMLInputElement | HTMLTextAreaElement;

interface LastField {
  el: HTMLElement;
  /** The caret in a rich-text editor, saved because clicking elsewhere moves the selection */
  range: Range | null;
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

  function insert(text: string): InsertResult {
    if (!last) return { inserted: false, reason: 'no-field' };
    const { el, range } = last;
    const doc = ownerDocumentOf(el);
    if (!isConnectedOf(el) || doc === null) return { inserted: false, reason: 'field-gone' };
    const frame = doc === document ? 'top' : 'child';
    if (isTextField(el)) {
      if (el.readOnly || el.disabled) return { inserted: false, reason: 'read-only' };
      focusOf(el);
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
    }
    if (!execCommandOf(doc, 'insertText', text)) return { inserted: false, reason: 'read-only' };
    return { inserted: true, target: 'contenteditable', frame };
  }

  return { track, insert, hasField: () => last !== null && isConnectedOf(last.el) };
}

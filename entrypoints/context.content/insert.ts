/**
 * "Infoga i journalen": remembers the editable field the user last wrote in (in this document or
 * a same-origin frame) and puts text at its caret as if typed, so the page's editor sees an
 * ordinary input event and the browser's undo takes it back. Shared with the quick-search overlay.
 */
import type { InsertResult } from '../../lib/page-context.ts';
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
  const el = target as HTMLElement;
  if (!el.isContentEditable) return null;
  // The outermost editable element is the editor; a caret inside a <p> of it belongs to it.
  let root: HTMLElement = el;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

export function createFieldTracker(signal: AbortSignal) {
  let last: LastField | null = null;
  const tracked = new WeakSet<Document>();

  function saveRange(doc: Document): void {
    if (!last || last.el.ownerDocument !== doc || isTextField(last.el)) return;
    const sel = doc.getSelection();
    if (sel && sel.rangeCount > 0) {
      const range = sel.getRangeAt(0);
      if (last.el.contains(range.commonAncestorContainer)) last.range = range.cloneRange();
    }
  }

  /** Follows focus and the caret in one document (the page or a same-origin frame). */
  function track(doc: Document): void {
    if (tracked.has(doc)) return;
    tracked.add(doc);
    const opts = { capture: true, signal };
    doc.addEventListener(
      'focusin',
      (e) => {
        const el = editableRoot(e.target);
        if (el) last = { el, range: null };
      },
      opts,
    );
    doc.addEventListener('selectionchange', () => saveRange(doc), { signal });
  }

  function insert(text: string): InsertResult {
    if (!last) return { inserted: false, reason: 'no-field' };
    const { el, range } = last;
    if (!el.isConnected) return { inserted: false, reason: 'field-gone' };
    const doc = el.ownerDocument;
    const frame = doc === document ? 'top' : 'child';
    if (isTextField(el)) {
      if (el.readOnly || el.disabled) return { inserted: false, reason: 'read-only' };
      el.focus();
      // execCommand keeps the browser's undo history; setRangeText is the fallback where it is missing.
      if (!doc.execCommand('insertText', false, text)) {
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
    if (!el.isContentEditable) return { inserted: false, reason: 'read-only' };
    el.focus();
    const sel = doc.getSelection();
    if (sel) {
      sel.removeAllRanges();
      if (range && el.contains(range.commonAncestorContainer)) sel.addRange(range);
      else {
        const end = doc.createRange();
        end.selectNodeContents(el);
        end.collapse(false);
        sel.addRange(end);
      }
    }
    if (!doc.execCommand('insertText', false, text)) return { inserted: false, reason: 'read-only' };
    return { inserted: true, target: 'contenteditable', frame };
  }

  return { track, insert, hasField: () => last?.el.isConnected === true };
}

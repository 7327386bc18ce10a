/**
 * Where the user was when the overlay opened, so that Esc (and Enter) can put focus and caret
 * back exactly there: the focused field, through same-origin frames and open shadow roots, with
 * its selection.
 */
import { isTextField } from '../context.content/reader.ts';

export interface CaretSpot {
  el: HTMLElement;
  /** Frame elements from the top document down to the field's document */
  frames: HTMLElement[];
  /** Text fields: the selection offsets */
  start: number | null;
  end: number | null;
  direction: 'forward' | 'backward' | 'none';
  /** Rich-text editors: the selection range inside the editor */
  range: Range | null;
}

function innerDocument(frame: Element): Document | null {
  if (frame.localName !== 'iframe' && frame.localName !== 'frame') return null;
  try {
    return (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin: its content is not ours to read
  }
}

export function captureCaret(top: Document): CaretSpot | null {
  const frames: HTMLElement[] = [];
  let doc = top;
  let active = doc.activeElement;
  for (;;) {
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const inner = active ? innerDocument(active) : null;
    if (!active || !inner) break;
    frames.push(active as HTMLElement);
    doc = inner;
    active = doc.activeElement;
  }
  if (!active || active === doc.body || active === doc.documentElement) return null;
  const el = active as HTMLElement;
  if (isTextField(el)) {
    const field = el as HTMLInputElement | HTMLTextAreaElement;
    let start: number | null = null;
    let end: number | null = null;
    let direction: CaretSpot['direction'] = 'none';
    try {
      start = field.selectionStart;
      end = field.selectionEnd;
      direction = field.selectionDirection ?? 'none';
    } catch {
      // Input types without a selection (email, number) throw: focus alone is restored.
    }
    return { el, frames, start, end, direction, range: null };
  }
  const sel = doc.getSelection();
  const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0).cloneRange() : null;
  const inside = range && el.contains(range.commonAncestorContainer) ? range : null;
  return { el, frames, start: null, end: null, direction: 'none', range: inside };
}

export function restoreCaret(spot: CaretSpot): boolean {
  if (!spot.el.isConnected) return false;
  for (const frame of spot.frames) frame.focus({ preventScroll: true });
  spot.el.focus({ preventScroll: true });
  if (spot.start !== null && spot.end !== null && isTextField(spot.el)) {
    (spot.el as HTMLInputElement).setSelectionRange(spot.start, spot.end, spot.direction);
  } else if (spot.range) {
    const sel = spot.el.ownerDocument.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(spot.range);
  }
  return (
    spot.el.ownerDocument.activeElement === spot.el || spot.el.contains(spot.el.ownerDocument.activeElement)
  );
}

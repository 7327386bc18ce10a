/**
 * Enter in the overlay: back to where the user was, then the shared insertion logic of
 * "Infoga i journalen" (entrypoints/context.content/insert.ts), which types as the user would.
 */
import type { InsertResult } from '../../lib/page/page-context.ts';
import { createFieldTracker } from '../context.content/insert.ts';
import { type CaretSpot, restoreCaret } from './caret.ts';

export function insertAtSpot(spot: CaretSpot | null, text: string): InsertResult {
  if (!spot) return { inserted: false, reason: 'no-field' };
  if (!spot.el.isConnected) return { inserted: false, reason: 'field-gone' };
  const stop = new AbortController();
  try {
    const tracker = createFieldTracker(stop.signal);
    const doc = spot.el.ownerDocument;
    tracker.track(doc);
    // Focusing the field lets the tracker see it (focusin); the synthetic selectionchange makes
    // it save the caret now instead of in a later task.
    restoreCaret(spot);
    doc.dispatchEvent(new Event('selectionchange'));
    return tracker.insert(text);
  } finally {
    stop.abort();
  }
}

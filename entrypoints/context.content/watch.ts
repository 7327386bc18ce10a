/** What the scanner listens to in a document: its mutations, queued, and edits of its text fields. */
import { listenOn } from './dom.ts';
import type { createOverflow } from './overflow.ts';
import { asElement, isTextField } from './reader.ts';
import type { ScanState } from './scan-state.ts';

export function createWatcher(
  state: ScanState,
  queue: ReturnType<typeof createOverflow>,
  signal: AbortSignal,
  wake: () => void,
) {
  const observer = new MutationObserver((list) => {
    queue.add(list);
    wake();
  });
  signal.addEventListener('abort', () => observer.disconnect());

  return function watch(doc: Document): void {
    observer.observe(doc, { childList: true, subtree: true, characterData: true });
    listenOn(
      doc,
      'input',
      (e) => {
        const t = asElement(e.target);
        if (t !== null && isTextField(t)) {
          state.dirtyFields.add(t);
          wake();
        }
      },
      { capture: true, signal },
    );
  };
}

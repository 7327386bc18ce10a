import type { ReadonlySignal } from '@preact/signals';

/**
 * Writes a signal's value each time it changes, but not for the value the page opened with: opening
 * the popup or the panel must leave the stored data exactly as it was (platform/storage.ts reads it
 * through lib/storage/stored-values.ts, which may have dropped entries it could not read).
 */
export function writeOnChange<T>(signal: ReadonlySignal<T>, write: (value: T) => void): () => void {
  let opening = true;
  return signal.subscribe((value) => {
    if (opening) opening = false;
    else write(value);
  });
}

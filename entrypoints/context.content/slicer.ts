/**
 * Runs work in slices of a few milliseconds and yields to the page between them, so a 5 MB page
 * never blocks input (as uBlock Origin's content script does, in 4 ms slices). A MessageChannel
 * yields without the 4 ms clamp that nested setTimeout calls get.
 */
export interface SlicerOptions {
  /** Does work until `deadline` (a performance.now() time); returns true when nothing is left */
  work(deadline: number): boolean;
  /** Called at the end of each slice, in the same task; `started` is its performance.now() start */
  afterSlice(started: number, done: boolean): void;
  signal: AbortSignal;
  sliceMs: number;
}

export function createSlicer({ work, afterSlice, signal, sliceMs }: SlicerOptions) {
  const channel = new MessageChannel();
  let scheduled = false;

  channel.port1.onmessage = () => {
    scheduled = false;
    if (signal.aborted) return;
    const started = performance.now();
    const done = work(started + sliceMs);
    afterSlice(started, done);
    if (!done) wake();
  };
  signal.addEventListener('abort', () => channel.port1.close());

  function wake(): void {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    channel.port2.postMessage(null);
  }

  return { wake };
}

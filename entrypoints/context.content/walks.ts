/**
 * The walks under way, one at a time in document order: a full read of each document (the
 * first scan, or again after a restart) and bounded rescans of the chunks that changed.
 */
import { type Chunk, createWalk, newChunk, type ReaderSink } from './reader.ts';

export const MAX_CHARS = 20_000_000;
/** How often a long first read reports what it found so far. */
const PROGRESS_MS = 200;

export function createWalks(sink: ReaderSink) {
  const walks: ReturnType<typeof createWalk>[] = [];
  let reportedAt = 0;

  /** A full read of a document not read before (or after regions.clear()). */
  function readDocument(doc: Document): void {
    const head = newChunk(doc, doc);
    sink.begin(head);
    walks.push(createWalk(head, sink, MAX_CHARS, false));
  }

  function rescan(chunk: Chunk): void {
    walks.push(createWalk(chunk, sink, MAX_CHARS, true));
  }

  /** Runs the walks under way; false when out of time before they were all done. */
  function run(deadline: number): boolean {
    for (let walk = walks[0]; walk; walk = walks[0]) {
      if (!walk.step(deadline)) return false;
      walks.shift();
      if (performance.now() > deadline) return false;
    }
    return true;
  }

  /**
   * Mid-rescan, a region may be half read: report only whole states. During a full read, merging
   * every chunk so far at each slice would cost more than the reading: report progress now and then.
   */
  function settled(now: number): boolean {
    if (walks.length === 0) return true;
    if (walks.some((w) => w.bounded) || now - reportedAt < PROGRESS_MS) return false;
    reportedAt = now;
    return true;
  }

  return {
    readDocument,
    rescan,
    run,
    settled,
    clear: () => {
      walks.length = 0;
    },
  };
}

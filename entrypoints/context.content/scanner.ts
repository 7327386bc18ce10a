/**
 * Keeps the theme hits of a live page up to date: one full read in time slices, then only what
 * changed (mutated text, added subtrees, edited fields). Each chunk and field is scanned on its
 * own and the page total is their exact sum (createTally), so an update costs one chunk's scan.
 * Knows nothing of the extension APIs, so the benchmark runs the same code in a plain page.
 */
import type { Matcher, ScanResult } from '../../lib/matcher/index.ts';
import { isConnectedOf } from './dom.ts';
import { createFrames } from './frames.ts';
import { createMutationFollower } from './mutations.ts';
import { createOverflow } from './overflow.ts';
import type { Chunk } from './reader.ts';
import { createScanState, type Field, type Unit } from './scan-state.ts';
import { createSlicer } from './slicer.ts';
import { createWalks } from './walks.ts';
import { createWatcher } from './watch.ts';

export { MAX_CHARS } from './walks.ts';

export interface ScannerOptions {
  matcher: Matcher;
  /** The page's hits changed (called at most once per slice) */
  onChange(total: ScanResult): void;
  signal: AbortSignal;
  sliceMs?: number;
  /** For the benchmark: every slice's duration, and whether the scanner has caught up */
  onSlice?(ms: number, idle: boolean): void;
  /** Each scanned text, in memory only (the opt-in age reader looks for a personnummer) */
  onText?(text: string): void;
  /** A same-origin frame's document was found (to follow the caret there) */
  onDocument?(doc: Document): void;
  /** For tests: queued mutations above which the page is read again (overflow.ts) */
  maxQueued?: number;
  /** For tests and the benchmark: a flood of mutations made the scanner read the page again */
  onRestart?(): void;
}

export function createPageScanner(root: Document, opts: ScannerOptions) {
  const state = createScanState();
  const { tally, regions, fieldValues, dirtyChunks, dirtyFields } = state;
  const queue = createOverflow(opts.maxQueued);
  const wake = () => slicer.wake();

  const frames = createFrames(state, {
    signal: opts.signal,
    onDocument: (doc) => opts.onDocument?.(doc),
    watch: (doc) => watch(doc),
    readDocument: (doc) => walks.readDocument(doc),
    wake,
  });

  const sink = {
    begin: regions.register,
    isStart: regions.isStart,
    chunk(chunk: Chunk) {
      const text = chunk.text;
      chunk.text = '';
      if (!chunk.dead) scanInto(chunk, text);
    },
    field(el: Field) {
      dirtyFields.add(el);
    },
    frame: frames.found,
  };

  const walks = createWalks(sink);
  const watch = createWatcher(state, queue, opts.signal, wake);
  const mutations = createMutationFollower(state, queue, restart);

  function scanInto(unit: Unit, text: string): void {
    tally.set(unit, opts.matcher.scan(text));
    opts.onText?.(text);
    state.changed = true;
  }

  function rescanField(el: Field): void {
    const value = isConnectedOf(el) ? el.value : '';
    if (fieldValues.get(el) === value) return;
    fieldValues.set(el, value);
    scanInto(el, value);
  }

  /** One slice: fields first (cheap), then walks under way, then mutations and their rescans. */
  function work(deadline: number): boolean {
    for (const el of dirtyFields) {
      dirtyFields.delete(el);
      rescanField(el);
      if (performance.now() > deadline) return false;
    }
    if (!frames.step(deadline)) return false;
    for (;;) {
      if (!walks.run(deadline)) return false;
      if (queue.pending()) mutations.takeRecords();
      const chunk = nextDirty();
      if (chunk === undefined) break;
      walks.rescan(chunk);
      if (performance.now() > deadline) return false;
    }
    return !queue.pending() && dirtyFields.size === 0 && dirtyChunks.size === 0 && !frames.pending();
  }

  function nextDirty(): Chunk | undefined {
    for (const chunk of dirtyChunks) {
      dirtyChunks.delete(chunk);
      // A start that left the page since comes back as a removal record.
      if (!chunk.dead && (chunk.start === chunk.doc || isConnectedOf(chunk.start))) return chunk;
    }
    return undefined;
  }

  const slicer = createSlicer({
    work,
    afterSlice(started, done) {
      if (state.changed && walks.settled(started)) {
        state.changed = false;
        opts.onChange(tally.total());
      }
      // The whole task, merging and reporting included.
      opts.onSlice?.(performance.now() - started, done);
    },
    signal: opts.signal,
    sliceMs: opts.sliceMs ?? 8,
  });

  function restart(): void {
    opts.onRestart?.();
    tally.clear();
    regions.clear();
    dirtyChunks.clear();
    walks.clear();
    state.changed = true;
    walks.readDocument(root);
    for (const doc of frames.documents()) walks.readDocument(doc);
  }

  function start(): void {
    watch(root);
    walks.readDocument(root);
    slicer.wake();
  }

  /** Fields a page filled by script fire no event: compare their values now and then. */
  function checkFields(): void {
    for (const el of fieldValues.keys()) if (fieldValues.get(el) !== el.value) dirtyFields.add(el);
    if (dirtyFields.size > 0) slicer.wake();
  }

  return { start, checkFields, total: () => tally.total() };
}

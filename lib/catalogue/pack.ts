/**
 * The index as it is stored: its bulk (lists of strings, large number arrays) cut out into byte
 * arrays, the rest a small skeleton that says where each went. IndexedDB hands a page a value by
 * structured clone on the page's own thread, and a list of strings is cloned string by string: a
 * national index read as lists took a page 60–100 ms in one task. As bytes it is one copy, each list
 * a UTF-8 JSON text (half the bytes of the strings) parsed by the fastest parser the browser has.
 * The bulk goes into records of up to 2 MB: IndexedDB keeps each large value in a file of its own,
 * so a page reads few records faster than many (four cost twice one, and a national index fits
 * one), while storing one copies it in a single step (4 MB took the service worker 44 ms).
 */
import type { Sliced } from '../ingest/slices.ts';

/** A value of type T as packSteps stores it: only unpack reads it. */
export interface Packed<T> {
  skeleton: unknown;
  /** The cut-out bulk, grouped into records of at most RECORD_BYTES (one large piece alone) */
  records: ArrayBufferView[][];
  /** Phantom: the type packed */
  readonly __type?: T;
}

/** At most this much bulk per record, one larger piece alone (a national index is about 2 MB). */
export const RECORD_BYTES = 2 * 1024 * 1024;
/** Smaller lists and arrays stay in the skeleton. */
const CUT_BYTES = 16 * 1024;

/** Strings per piece: a list is turned into text a few milliseconds at a time. */
const STRINGS_PER_PIECE = 1000;

interface Cut {
  /** Which pieces of the bulk; strings are UTF-8 JSON texts, one list cut into several */
  $cut: number | number[];
  strings?: true;
}

const isCut = (v: unknown): v is Cut =>
  typeof v === 'object' &&
  v !== null &&
  (typeof (v as Cut).$cut === 'number' || Array.isArray((v as Cut).$cut));
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string');

/** `value` packed; pauses after each list it cuts out. */
export function* packSteps<T>(value: T, recordBytes = RECORD_BYTES): Sliced<Packed<T>> {
  const bulk: ArrayBufferView[] = [];
  const encoder = new TextEncoder();
  function* walk(v: unknown): Sliced<unknown> {
    if (isStrings(v)) {
      const pieces: Uint8Array[] = [];
      for (let at = 0; at < v.length; at += STRINGS_PER_PIECE) {
        pieces.push(encoder.encode(JSON.stringify(v.slice(at, at + STRINGS_PER_PIECE))));
        yield;
      }
      if (pieces.length === 1 && (pieces[0]?.byteLength ?? 0) < CUT_BYTES) return v;
      return { $cut: pieces.map((p) => bulk.push(p) - 1), strings: true } satisfies Cut;
    }
    if (ArrayBuffer.isView(v))
      return v.byteLength < CUT_BYTES ? v : ({ $cut: bulk.push(v) - 1 } satisfies Cut);
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const item of v) out.push(yield* walk(item));
      return out;
    }
    if (typeof v !== 'object' || v === null) return v;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) out[key] = yield* walk(item);
    return out;
  }
  const skeleton = yield* walk(value);
  const records: ArrayBufferView[][] = [];
  let size = recordBytes;
  for (const piece of bulk) {
    if (size + piece.byteLength > recordBytes) {
      records.push([]);
      size = 0;
    }
    records[records.length - 1]?.push(piece);
    size += piece.byteLength;
  }
  return { skeleton, records };
}

export function pack<T>(value: T, recordBytes = RECORD_BYTES): Packed<T> {
  const task = packSteps(value, recordBytes);
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}

/** What packSteps packed, as it was; as a task that pauses after each piece of a list. */
export function* unpackSteps<T>(packed: Packed<T>): Sliced<T> {
  const bulk = packed.records.flat();
  const decoder = new TextDecoder();
  function* walk(v: unknown): Sliced<unknown> {
    if (isCut(v)) {
      const pieces = (Array.isArray(v.$cut) ? v.$cut : [v.$cut]).map((k) => {
        const piece = bulk[k];
        if (piece === undefined) throw new Error('packed index: a piece is missing');
        return piece;
      });
      if (!v.strings) return pieces[0];
      const out: string[] = [];
      for (const piece of pieces) {
        for (const s of JSON.parse(decoder.decode(piece)) as string[]) out.push(s);
        yield;
      }
      return out;
    }
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const item of v) out.push(yield* walk(item));
      return out;
    }
    if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) out[key] = yield* walk(item);
    return out;
  }
  return (yield* walk(packed.skeleton)) as T;
}

export function unpack<T>(packed: Packed<T>): T {
  const task = unpackSteps(packed);
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}

/**
 * The index as it is stored: its bulk (lists of strings, large number arrays) cut out into byte
 * arrays, the rest a small skeleton that says where each went. IndexedDB hands a page a value by
 * structured clone on the page's own thread, at roughly 20 ms per MB on a busy machine, and a list
 * of strings costs more than its bytes: a national index read as one value was a task of 60–100
 * ms. Packed, each list is one UTF-8 JSON text, half the bytes of the strings, and the bulk is
 * spread over several records of at most RECORD_BYTES, each its own short task to read.
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

/** A record's size: about 10 ms of a page's time to read. */
export const RECORD_BYTES = 512 * 1024;
/** Smaller lists and arrays stay in the skeleton. */
const CUT_BYTES = 16 * 1024;

interface Cut {
  /** Which piece of the bulk; strings are UTF-8 JSON text */
  $cut: number;
  strings?: true;
}

const isCut = (v: unknown): v is Cut =>
  typeof v === 'object' && v !== null && typeof (v as Cut).$cut === 'number';
const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string');

/** `value` packed; pauses after each list it cuts out. */
export function* packSteps<T>(value: T): Sliced<Packed<T>> {
  const bulk: ArrayBufferView[] = [];
  const encoder = new TextEncoder();
  function* walk(v: unknown): Sliced<unknown> {
    if (isStrings(v)) {
      const bytes = encoder.encode(JSON.stringify(v));
      yield;
      if (bytes.byteLength < CUT_BYTES) return v;
      return { $cut: bulk.push(bytes) - 1, strings: true } satisfies Cut;
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
  let size = RECORD_BYTES;
  for (const piece of bulk) {
    if (size + piece.byteLength > RECORD_BYTES) {
      records.push([]);
      size = 0;
    }
    records[records.length - 1]?.push(piece);
    size += piece.byteLength;
  }
  return { skeleton, records };
}

export function pack<T>(value: T): Packed<T> {
  const task = packSteps(value);
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}

/** What packSteps packed, as it was. */
export function unpack<T>(packed: Packed<T>): T {
  const bulk = packed.records.flat();
  const decoder = new TextDecoder();
  const walk = (v: unknown): unknown => {
    if (isCut(v)) {
      const piece = bulk[v.$cut];
      if (piece === undefined) throw new Error('packed index: a piece is missing');
      return v.strings ? JSON.parse(decoder.decode(piece)) : piece;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (typeof v !== 'object' || v === null || ArrayBuffer.isView(v)) return v;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(v)) out[key] = walk(item);
    return out;
  };
  return walk(packed.skeleton) as T;
}

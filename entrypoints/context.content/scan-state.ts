/**
 * What the scanner's parts share: the per-unit tally, the chunk regions, the last value read of
 * each field, what is waiting to be read again, and whether the total changed since it was reported.
 */
import type { Chunk } from './reader.ts';
import { createRegions } from './regions.ts';
import { createUnitTally } from './unit-tally.ts';

export type Field = HTMLInputElement | HTMLTextAreaElement;
export type Unit = Chunk | Field;
export type Frame = HTMLIFrameElement | HTMLFrameElement;

export type ScanState = ReturnType<typeof createScanState>;

export function createScanState() {
  return {
    tally: createUnitTally<Unit>(),
    regions: createRegions(),
    fieldValues: new Map<Field, string>(),
    dirtyChunks: new Set<Chunk>(),
    dirtyFields: new Set<Field>(),
    /** The total changed since onChange last saw it */
    changed: false,
  };
}

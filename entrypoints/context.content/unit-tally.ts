/**
 * The page total as the exact merge of per-unit scans (chunks and fields); only units that found
 * something (isEmptyScan) are kept.
 */
import { emptyPatient, isEmptyScan, mergeScans, type ScanResult } from '../../lib/matcher/index.ts';

const empty = (): ScanResult => ({ hits: [], named: [], patient: emptyPatient() });

export function createUnitTally<K>() {
  const parts = new Map<K, ScanResult>();
  let cached: ScanResult | null = empty();
  return {
    set(key: K, scan: ScanResult): void {
      // A unit read again keeps its place, so the first age or language of the page stays the first.
      if (!isEmptyScan(scan)) parts.set(key, scan);
      else if (!parts.delete(key)) return;
      cached = null;
    },
    delete(key: K): void {
      if (parts.delete(key)) cached = null;
    },
    /** Drops every unit the predicate picks (e.g. all of a frame's document that was replaced). */
    deleteWhere(pick: (key: K) => boolean): void {
      for (const key of parts.keys()) if (pick(key)) this.delete(key);
    },
    clear(): void {
      parts.clear();
      cached = empty();
    },
    total(): ScanResult {
      cached ??= mergeScans(...parts.values());
      return cached;
    },
  };
}

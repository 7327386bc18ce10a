/** The page total as the exact sum of per-unit scans (chunks and fields); only units with hits are kept. */
import { mergeScans, type ScanResult } from '../../lib/matcher/index.ts';

export function createUnitTally<K>() {
  const parts = new Map<K, ScanResult>();
  let cached: ScanResult | null = { hits: [] };
  return {
    set(key: K, scan: ScanResult): void {
      const had = parts.delete(key);
      if (scan.hits.length > 0) parts.set(key, scan);
      if (had || scan.hits.length > 0) cached = null;
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
      cached = { hits: [] };
    },
    total(): ScanResult {
      cached ??= mergeScans(...parts.values());
      return cached;
    },
  };
}

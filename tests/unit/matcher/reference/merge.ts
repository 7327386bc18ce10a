// FROZEN REFERENCE — do not edit. Verbatim copy of lib/matcher/merge.ts at ab09148 (the anchor-RegExp pass),
// only import paths changed. tests/unit/matcher/differential.test.ts compares lib/matcher with it.
/**
 * Combining scans, so a content script can keep one ScanResult per text node and update the page
 * total by scanning only what changed.
 */
import { sortHits } from './compile.ts';
import { MAX_WORDS, type ScanResult, type ThemeHit } from './types.ts';

/** The scan of two texts joined by a clause break ("a\n\nb" or "a. b"). */
export function mergeScans(...scans: ScanResult[]): ScanResult {
  const byTheme = new Map<ThemeHit['theme'], ThemeHit>();
  for (const scan of scans) {
    for (const h of scan.hits) {
      const acc = byTheme.get(h.theme);
      if (!acc) {
        byTheme.set(h.theme, { theme: h.theme, count: h.count, negated: h.negated, words: [...h.words] });
        continue;
      }
      acc.count += h.count;
      acc.negated += h.negated;
      for (const w of h.words) if (acc.words.length < MAX_WORDS && !acc.words.includes(w)) acc.words.push(w);
    }
  }
  return { hits: sortHits([...byTheme.values()]) };
}

/**
 * `total` minus `part` (a scan that was merged into it earlier). Counts are exact; a theme whose
 * count reaches 0 disappears. Words cannot be subtracted exactly (the scans keep no per-word
 * counts), so the remaining themes keep their words; use createTally when words must be exact.
 */
export function subtractScan(total: ScanResult, part: ScanResult): ScanResult {
  const minus = new Map(part.hits.map((h) => [h.theme, h]));
  const hits: ThemeHit[] = [];
  for (const h of total.hits) {
    const p = minus.get(h.theme);
    const count = h.count - (p?.count ?? 0);
    if (count <= 0) continue;
    const negated = Math.min(count, Math.max(0, h.negated - (p?.negated ?? 0)));
    hits.push({ theme: h.theme, count, negated, words: [...h.words] });
  }
  return { hits };
}

/** Per-key scans (e.g. one per text node) with an exact total; only keys with hits are kept. */
export interface ScanTally<K> {
  set(key: K, scan: ScanResult): void;
  delete(key: K): void;
  total(): ScanResult;
  readonly size: number;
}

export function createTally<K>(): ScanTally<K> {
  const parts = new Map<K, ScanResult>();
  let cached: ScanResult | null = { hits: [] };
  return {
    set(key, scan) {
      const had = parts.delete(key);
      if (scan.hits.length > 0) parts.set(key, scan);
      if (had || scan.hits.length > 0) cached = null;
    },
    delete(key) {
      if (parts.delete(key)) cached = null;
    },
    total() {
      cached ??= mergeScans(...parts.values());
      return cached;
    },
    get size() {
      return parts.size;
    },
  };
}

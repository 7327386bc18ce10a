/**
 * Combining scans, so a content script can keep one ScanResult per text unit and update the page
 * total by scanning only what changed. Context never crosses a paragraph break, so the scan of
 * "a\n\nb" is the merge of the scans of a and b.
 */
import { THEME_IDS } from '../../data/themes.ts';
import {
  emptyPatient,
  GENDERS,
  MAX_VALUES,
  MAX_WORDS,
  type NamedHit,
  type PatientFacts,
  type ScanResult,
  type ThemeHit,
} from './types.ts';

const COUNTS = ['count', 'negated', 'denied', 'uncertain', 'hypothetical', 'other'] as const;

function addValues<T>(into: T[], from: readonly T[], limit: number): void {
  for (const v of from) if (into.length < limit && !into.includes(v)) into.push(v);
}

export function mergePatient(...facts: PatientFacts[]): PatientFacts {
  const out = emptyPatient();
  for (const f of facts) {
    addValues(out.ages, f.ages, MAX_VALUES);
    addValues(out.otherAges, f.otherAges, MAX_VALUES);
    addValues(out.otherGenders, f.otherGenders, MAX_VALUES);
    for (const g of GENDERS) out.gender[g] += f.gender[g];
    out.interpreter += f.interpreter;
    out.children += f.children;
    addValues(out.languages, f.languages, MAX_VALUES);
  }
  return out;
}

/** The scan of texts joined by a paragraph break. */
export function mergeScans(...scans: ScanResult[]): ScanResult {
  const byTheme = new Map<ThemeHit['theme'], ThemeHit>();
  const named = new Map<string, NamedHit>();
  for (const scan of scans) {
    for (const h of scan.hits) {
      const acc = byTheme.get(h.theme);
      if (!acc) {
        byTheme.set(h.theme, { ...h, words: [...h.words] });
        continue;
      }
      for (const k of COUNTS) acc[k] += h[k];
      if (h.need) acc.need = (acc.need ?? 0) + h.need;
      addValues(acc.words, h.words, MAX_WORDS);
    }
    for (const n of scan.named) {
      const acc = named.get(n.id);
      if (acc) {
        acc.count += n.count;
        acc.negated += n.negated;
      } else named.set(n.id, { ...n });
    }
  }
  const hits = [...byTheme.values()].sort((a, b) => THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme));
  return { hits, named: [...named.values()], patient: mergePatient(...scans.map((s) => s.patient)) };
}

/** Whether a scan found anything worth keeping. */
export function isEmptyScan(scan: ScanResult): boolean {
  const p = scan.patient;
  return (
    scan.hits.length === 0 &&
    scan.named.length === 0 &&
    p.ages.length === 0 &&
    p.otherAges.length === 0 &&
    p.otherGenders.length === 0 &&
    p.interpreter === 0 &&
    p.children === 0 &&
    p.languages.length === 0 &&
    GENDERS.every((g) => p.gender[g] === 0)
  );
}

/** Per-key scans (e.g. one per text node) with an exact total; only keys with findings are kept. */
export interface ScanTally<K> {
  set(key: K, scan: ScanResult): void;
  delete(key: K): void;
  total(): ScanResult;
  readonly size: number;
}

export function createTally<K>(): ScanTally<K> {
  const parts = new Map<K, ScanResult>();
  let cached: ScanResult | null = null;
  return {
    set(key, scan) {
      const had = parts.delete(key);
      const keep = !isEmptyScan(scan);
      if (keep) parts.set(key, scan);
      if (had || keep) cached = null;
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

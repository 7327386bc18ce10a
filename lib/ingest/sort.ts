/**
 * A stable sort as a task that pauses (lib/ingest/slices.ts): a bottom-up merge sort over indexes.
 * Sorting 10,000 names with Intl.Collator blocks for tens of milliseconds in one piece; this gives
 * the same order as Array.prototype.sort (stable since ES2019) with a pause every few thousand
 * comparisons.
 */
import type { Sliced } from './slices.ts';

const EVERY = 2000;

/** The indexes 0…count−1 in the order `compare` gives, ties in index order. */
export function* sortedIndexes(count: number, compare: (a: number, b: number) => number): Sliced<Int32Array> {
  let from = Int32Array.from({ length: count }, (_, i) => i);
  let to = new Int32Array(count);
  let work = 0;
  for (let width = 1; width < count; width *= 2) {
    for (let lo = 0; lo < count; lo += 2 * width) {
      const mid = Math.min(lo + width, count);
      const hi = Math.min(lo + 2 * width, count);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        // Ties take the left run first: that keeps the sort stable.
        if (compare(from[j] ?? 0, from[i] ?? 0) < 0) to[k++] = from[j++] ?? 0;
        else to[k++] = from[i++] ?? 0;
        if (++work % EVERY === 0) yield;
      }
      while (i < mid) to[k++] = from[i++] ?? 0;
      while (j < hi) to[k++] = from[j++] ?? 0;
    }
    [from, to] = [to, from];
  }
  return from;
}

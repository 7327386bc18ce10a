/**
 * What the column search (fielded.ts) adds to a hit's place besides where the term occurs: phone
 * numbers, the entry penalties of score.ts (another region, something to read) and their named
 * bonus, and the ids' order for ties; the same as searcher.ts computes them per entry.
 */
import type { Best } from './best.ts';
import type { Column, FieldedSearchData } from './columns.ts';
import type { FieldMatcher } from './field-match.ts';
import { phoneDigits } from './fold.ts';
import { BASE, OTHER_REGION_PENALTY, READING_KINDS, READING_PENALTY } from './score.ts';

/** Per distinct phone value, what a query's digits score there (as searcher.ts scores each number). */
export function scanPhones(
  phones: Column,
  byValue: string[][],
  query: string,
  best: Best,
  count: number,
): void {
  const digits = phoneDigits(query);
  if (digits.length < 3) return;
  const score = byValue.map((numbers) => {
    let top = -1;
    for (const number of numbers) {
      if (number === digits) top = Math.max(top, BASE.phone + 99);
      else if (number.startsWith(digits)) top = Math.max(top, BASE.phone + 50);
      else if (digits.length >= 5 && number.includes(digits)) top = Math.max(top, BASE.purpose);
    }
    return top;
  });
  for (let e = 0; e < count; e++) {
    const s = score[phones.refs[e] ?? 0] ?? -1;
    if (s >= 0) best.keep(e, s, 'phone');
  }
}

/** Each entry's place among the ids in ascending order (the tie-break of equal scores). */
export function idOrderOf(ids: readonly string[]): Int32Array {
  const sorted = ids
    .map((_, i) => i)
    .sort((a, b) => {
      const x = ids[a] ?? '';
      const y = ids[b] ?? '';
      return x < y ? -1 : x > y ? 1 : 0;
    });
  const out = new Int32Array(ids.length);
  sorted.forEach((idx, place) => {
    out[idx] = place;
  });
  return out;
}

/** As score.ts entryPenalties: serving only other regions than `home`, being something to read. */
export function penaltiesFor(
  data: FieldedSearchData,
  count: number,
  home: string | null,
): Float64Array | null {
  const regions = home ? data.regions : null;
  const { kinds } = data;
  if (!regions && !kinds) return null;
  const out = new Float64Array(count);
  if (regions) {
    const per = regions.values.map((codes) =>
      codes !== '' && codes !== '*' && !codes.split(' ').includes(home ?? '') ? OTHER_REGION_PENALTY : 0,
    );
    for (let e = 0; e < count; e++) out[e] = per[regions.refs[e] ?? 0] ?? 0;
  }
  if (kinds) {
    const per = kinds.values.map((kind) => (READING_KINDS.has(kind) ? READING_PENALTY : 0));
    for (let e = 0; e < count; e++) out[e] = (out[e] ?? 0) + (per[kinds.refs[e] ?? 0] ?? 0);
  }
  return out;
}

/** As score.ts namedBonus: the reading penalty back when every term (two or more) is in the entry's name. */
export function namedBonus(
  set: FieldMatcher,
  kinds: Column | null,
  e: number,
  terms: readonly string[],
): number {
  if (!kinds || terms.length < 2 || !READING_KINDS.has(kinds.values[kinds.refs[e] ?? 0] ?? '')) return 0;
  const name = set.value(0, e);
  const themes = set.value(3, e);
  return terms.every((t) => name.includes(t)) && !terms.every((t) => themes.includes(t))
    ? READING_PENALTY
    : 0;
}

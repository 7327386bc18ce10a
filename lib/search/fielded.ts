/**
 * The search the extension pages run, over the search data in columns (columns.ts): the same hits,
 * scores and fields as the plain searcher (searcher.ts) over the per-entry strings, which stays as
 * the reference (tests/unit/search/fielded.test.ts compares them on generated catalogues). A term
 * is matched once against the catalogue's tokens instead of against every entry, so a keystroke
 * costs about as much at 10,000 entries as at a few hundred. Without `secondary` (a page that has
 * not loaded it yet) purpose and description are not searched: `complete` says so.
 */
import { Best } from './best.ts';
import type { Column, FieldedSearchData, FieldSet } from './columns.ts';
import { FieldMatcher } from './field-match.ts';
import { fold, looksLikePhone, phoneDigits } from './fold.ts';
import { BASE, exactScore, fuzzyScore, OTHER_REGION_PENALTY, SYNONYM_PENALTY } from './score.ts';
import { toNeedle } from './searcher.ts';
import { expandQuery, foldGroups } from './synonyms.ts';
import {
  PRIMARY_FIELDS,
  SECONDARY_FIELDS,
  type Searcher,
  type SearchField,
  type SearchHit,
  type SearchOptions,
  type Synonyms,
} from './types.ts';

const MAX_QUERY = 64;
const DEFAULT_LIMIT = 20;
/** As in searcher.ts: typo hits beyond this many are ranked without uFuzzy's match info. */
const INFO_LIMIT = 200;

export interface FieldedSearcher extends Searcher {
  /** False while purpose and description are not loaded (their hits rank below all others). */
  readonly complete: boolean;
  /** The same search with purpose and description (what was built for the rest is kept). */
  withSecondary(set: FieldSet): FieldedSearcher;
}

function rank(
  set: FieldMatcher,
  fields: readonly SearchField[],
  entries: readonly number[],
  terms: readonly string[],
  penalty: number,
  best: Best,
): void {
  const first = terms[0] ?? '';
  const typoHits: number[] = [];
  for (const e of entries) {
    const c = set.firstExact(e, first);
    if (c < 0) {
      typoHits.push(e);
      continue;
    }
    const pos = set.hitPos;
    const value = set.value(c, e);
    const field = fields[c] ?? 'name';
    best.keep(e, exactScore(value, pos, first, [field, pos, value.length]) - penalty, field);
  }
  if (typoHits.length === 0) return;
  const where = typoHits.length <= INFO_LIMIT ? set.firstFuzzy(typoHits, first) : null;
  typoHits.forEach((e, i) => {
    const at = where?.[i];
    const c = at && at.column >= 0 ? at.column : 0;
    const field = fields[c] ?? 'name';
    best.keep(e, fuzzyScore([field, at?.start ?? 0, set.value(c, e).length], false) - penalty, field);
  });
}

/** Per distinct phone value, what a query's digits score there (as searcher.ts scores each number). */
function scanPhones(phones: Column, byValue: string[][], query: string, best: Best, count: number): void {
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

function penaltiesFor(regions: Column | null, count: number, home: string | null): Float64Array | null {
  if (!home || !regions) return null;
  const per = regions.values.map((codes) =>
    codes !== '' && codes !== '*' && !codes.split(' ').includes(home) ? OTHER_REGION_PENALTY : 0,
  );
  const out = new Float64Array(count);
  for (let e = 0; e < count; e++) out[e] = per[regions.refs[e] ?? 0] ?? 0;
  return out;
}

/** What every searcher over the same entries shares: built once, kept when purpose and description arrive. */
interface Shared {
  data: FieldedSearchData;
  count: number;
  groups: ReturnType<typeof foldGroups>;
  primary: FieldMatcher;
  /** Each distinct phone value's numbers; split when a query first looks like a number */
  phoneNumbers: string[][] | null;
  best: Best;
  penalties: { home: string | null; value: Float64Array | null } | null;
  /** Only a search with more hits than it returns needs it; most keystrokes of a long word do not. */
  idOrder: ArrayLike<number> | undefined;
}

function searcher(shared: Shared, secondary: FieldMatcher | null): FieldedSearcher {
  const { data, count, groups, primary, best } = shared;
  return {
    complete: secondary !== null,
    withSecondary(set: FieldSet): FieldedSearcher {
      return searcher(shared, new FieldMatcher(set, count));
    },
    search(query: string, opts: SearchOptions = {}): SearchHit[] {
      const limit = opts.limit ?? DEFAULT_LIMIT;
      const needle = toNeedle(query);
      if (needle === '' || limit <= 0) return [];
      const home = opts.homeRegion ?? null;
      if (shared.penalties?.home !== home)
        shared.penalties = { home, value: penaltiesFor(data.regions, count, home) };
      best.clear();
      best.penalties = shared.penalties.value;
      if (looksLikePhone(query)) {
        shared.phoneNumbers ??= data.phones.values.map((v) => (v === '' ? [] : v.split(' ')));
        scanPhones(data.phones, shared.phoneNumbers, query, best, count);
      }
      const variants = new Set([
        needle,
        ...expandQuery(fold(query.slice(0, MAX_QUERY * 2)), groups).map(toNeedle),
      ]);
      variants.delete('');
      for (const v of variants) {
        const terms = v.split(' ');
        const penalty = v === needle ? 0 : SYNONYM_PENALTY;
        rank(primary, PRIMARY_FIELDS, primary.matchAll(terms, v === needle), terms, penalty, best);
      }
      // Every primary score is above every purpose/description score: skip those when full.
      if (secondary && best.size < limit) {
        for (const v of variants) {
          const terms = v.split(' ');
          const penalty = v === needle ? 0 : SYNONYM_PENALTY;
          rank(secondary, SECONDARY_FIELDS, secondary.matchAll(terms, false), terms, penalty, best);
        }
      }
      if (best.size > limit) shared.idOrder ??= idOrderOf(data.ids);
      return best.top(data, limit, shared.idOrder);
    },
  };
}

export function createFieldedSearcher(
  data: FieldedSearchData,
  synonyms: Synonyms = { groups: [] },
): FieldedSearcher {
  const count = data.ids.length;
  const shared: Shared = {
    data,
    count,
    groups: foldGroups(synonyms),
    primary: new FieldMatcher(data.primary, count),
    phoneNumbers: null,
    best: new Best(count),
    penalties: null,
    idOrder: data.idOrder,
  };
  return searcher(shared, data.secondary ? new FieldMatcher(data.secondary, count) : null);
}

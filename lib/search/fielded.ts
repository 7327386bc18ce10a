/**
 * The search the extension pages run, over the search data in columns (columns.ts): the same hits,
 * scores and fields as the plain searcher (searcher.ts) over the per-entry strings, which stays as
 * the reference (tests/unit/search/fielded.test.ts compares them on generated catalogues). A term
 * is matched once against the catalogue's tokens instead of against every entry, so a keystroke
 * costs about as much at 10,000 entries as at a few hundred. Without `secondary` (a page that has
 * not loaded it yet) purpose and description are not searched: `complete` says so.
 */
import { Best } from './best.ts';
import type { FieldedSearchData, FieldSet } from './columns.ts';
import { FieldMatcher } from './field-match.ts';
import { idOrderOf, namedBonus, penaltiesFor, scanPhones } from './fielded-score.ts';
import { fold, looksLikePhone } from './fold.ts';
import { exactScore, fuzzyScore, SYNONYM_PENALTY } from './score.ts';
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
  /** Added to an exact hit's score (the primary fields' named bonus) */
  bonus: (e: number) => number = () => 0,
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
    best.keep(e, exactScore(value, pos, first, [field, pos, value.length]) - penalty + bonus(e), field);
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
        shared.penalties = { home, value: penaltiesFor(data, count, home) };
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
        const bonus = (e: number) => namedBonus(primary, data.kinds, e, terms);
        rank(primary, PRIMARY_FIELDS, primary.matchAll(terms, v === needle), terms, penalty, best, bonus);
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

/**
 * The one search engine of Hänvisa (popup, side panel, overlay, catalogue CLI).
 * uFuzzy filters precomputed folded strings: no index is built when the popup opens.
 * Must stay free of zod and browser globals.
 */
import { Best } from './best.ts';
import { fold, looksLikePhone, phoneDigits } from './fold.ts';
import { fuzzy, Haystack, TermScanner } from './scan.ts';
import {
  BASE,
  entryPenalties,
  exactScore,
  fuzzyScore,
  type Located,
  locatePrimary,
  locateSecondary,
  namedBonus,
  SYNONYM_PENALTY,
} from './score.ts';
import { expandQuery, foldGroups } from './synonyms.ts';
import type { SearchData, Searcher, SearchHit, SearchOptions, Synonyms } from './types.ts';

/** Longer queries add nothing but regex cost. */
const MAX_QUERY = 64;
const MAX_TERMS = 6;
const DEFAULT_LIMIT = 20;
/** Typo hits beyond this many are ranked without uFuzzy's (costly) match info. */
const INFO_LIMIT = 200;

/** Query → folded needle of lower-case a–z/0–9 words; everything else is a separator. */
export function toNeedle(query: string): string {
  const words = fold(query.slice(0, MAX_QUERY * 2))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  return words.slice(0, MAX_TERMS).join(' ').slice(0, MAX_QUERY).trim();
}

type Locate = (data: SearchData, idx: number, pos: number) => Located;

function rank(
  data: SearchData,
  hay: readonly string[],
  idxs: number[],
  terms: string[],
  locate: Locate,
  penalty: number,
  best: Best,
) {
  const first = terms[0] ?? '';
  const typoHits: number[] = [];
  for (const idx of idxs) {
    const text = hay[idx] ?? '';
    const pos = text.indexOf(first);
    if (pos < 0) typoHits.push(idx);
    else {
      const located = locate(data, idx, pos);
      const named = hay === data.primary ? namedBonus(data, idx, terms) : 0;
      best.keep(idx, exactScore(text, pos, first, located) - penalty + named, located[0]);
    }
  }
  if (typoHits.length === 0) return;
  const info = typoHits.length <= INFO_LIMIT ? fuzzy.info(typoHits, hay as string[], first) : null;
  typoHits.forEach((idx, i) => {
    const start = info?.start[i] ?? 0;
    const located = locate(data, idx, start);
    best.keep(idx, fuzzyScore(located, (info?.interLft2[i] ?? 0) > 0) - penalty, located[0]);
  });
}

function scanPhones(data: SearchData, query: string, best: Best): void {
  const digits = phoneDigits(query);
  if (digits.length < 3) return;
  data.phones.forEach((numbers, idx) => {
    if (numbers === '') return;
    for (const number of numbers.split(' ')) {
      if (number === digits) best.keep(idx, BASE.phone + 99, 'phone');
      else if (number.startsWith(digits)) best.keep(idx, BASE.phone + 50, 'phone');
      else if (digits.length >= 5 && number.includes(digits)) best.keep(idx, BASE.purpose, 'phone');
    }
  });
}

export function createSearcher(data: SearchData, synonyms: Synonyms = { groups: [] }): Searcher {
  const groups = foldGroups(synonyms);
  // One string copy per haystack (~ the data's size); no index structures are built.
  const primaryHay = new Haystack(data.primary);
  const primary = new TermScanner(primaryHay, true);
  // Synonyms are known spellings: matched exactly, which is cheaper than a fuzzy scan.
  const primaryExact = new TermScanner(primaryHay, false);
  const secondary = new TermScanner(new Haystack(data.secondary), false);
  // Reused by every search (searches are synchronous), so a keystroke allocates no score table.
  const best = new Best(data.ids.length);
  // Computed once per home region (it changes only when the setting does).
  let penaltiesFor: { home: string | null; penalties: Float64Array | null } | null = null;
  const penalties = (home: string | null) => {
    if (penaltiesFor?.home !== home) penaltiesFor = { home, penalties: entryPenalties(data, home) };
    return penaltiesFor.penalties;
  };
  return {
    search(query: string, opts: SearchOptions = {}): SearchHit[] {
      const limit = opts.limit ?? DEFAULT_LIMIT;
      const needle = toNeedle(query);
      if (needle === '' || limit <= 0) return [];
      best.clear();
      best.penalties = penalties(opts.homeRegion ?? null);
      if (looksLikePhone(query)) scanPhones(data, query, best);
      const variants = new Set([
        needle,
        ...expandQuery(fold(query.slice(0, MAX_QUERY * 2)), groups).map(toNeedle),
      ]);
      variants.delete('');
      for (const v of variants) {
        const terms = v.split(' ');
        const idxs = v === needle ? primary.matchAll(terms) : primaryExact.matchAll(terms);
        rank(data, data.primary, idxs, terms, locatePrimary, v === needle ? 0 : SYNONYM_PENALTY, best);
      }
      // Every primary score is above every purpose/description score: skip those when full.
      if (best.size < limit) {
        for (const v of variants) {
          const terms = v.split(' ');
          rank(
            data,
            data.secondary,
            secondary.matchAll(terms),
            terms,
            locateSecondary,
            v === needle ? 0 : SYNONYM_PENALTY,
            best,
          );
        }
      }
      return best.top(data, limit);
    },
  };
}

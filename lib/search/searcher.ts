/**
 * The one search engine of Hänvisa (popup, side panel, overlay, catalogue CLI).
 * uFuzzy scans precomputed folded strings: no index is built when the popup opens.
 * Must stay free of zod and browser globals.
 */
import uFuzzy from '@leeoniya/ufuzzy';
import { fold, looksLikePhone, phoneDigits } from './fold.ts';
import { expandQuery, type FoldedGroups, foldGroups } from './synonyms.ts';
import type { SearchData, Searcher, SearchField, SearchHit, SearchOptions, Synonyms } from './types.ts';
import { PRIMARY_FIELDS } from './types.ts';

/** Base score per field; bonuses stay below the gap, so a name hit always beats a keyword hit. */
const BASE: Record<SearchField, number> = {
  name: 900,
  phone: 850,
  keywords: 700,
  organisation: 600,
  theme: 500,
  purpose: 300,
  description: 200,
};
const SYNONYM_PENALTY = 50;
/** Longer queries add nothing but regex cost (and uFuzzy permutes terms). */
const MAX_QUERY = 64;
const MAX_TERMS = 6;
const DEFAULT_LIMIT = 20;
/** Above this many candidates uFuzzy skips ranking info; we rank them by position instead. */
const INFO_THRESH = 500;

const fuzzy = new uFuzzy({
  intraMode: 1,
  intraIns: 1,
  intraSub: 1,
  intraTrn: 1,
  intraDel: 1,
});

/** Query → folded needle of lower-case a–z/0–9 words; everything else is a separator. */
export function toNeedle(query: string): string {
  const words = fold(query.slice(0, MAX_QUERY * 2))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
  return words.slice(0, MAX_TERMS).join(' ').slice(0, MAX_QUERY).trim();
}

type Best = Map<number, { score: number; field: SearchField }>;

function keep(best: Best, idx: number, score: number, field: SearchField): void {
  const prev = best.get(idx);
  if (prev === undefined || score > prev.score) best.set(idx, { score, field });
}

function primaryField(data: SearchData, idx: number, pos: number): [SearchField, number] {
  const offsets = data.primaryOffsets[idx] ?? [0, 0, 0];
  for (let f = offsets.length - 1; f >= 0; f--) {
    const start = offsets[f] ?? 0;
    if (pos >= start) return [PRIMARY_FIELDS[f + 1] ?? 'theme', pos - start];
  }
  return ['name', pos];
}

function secondaryField(data: SearchData, idx: number, pos: number): [SearchField, number] {
  const start = data.secondaryOffsets[idx] ?? 0;
  return pos >= start ? ['description', pos - start] : ['purpose', pos];
}

type Locate = (data: SearchData, idx: number, pos: number) => [SearchField, number];

function scan(data: SearchData, hay: string[], needle: string, locate: Locate, penalty: number, best: Best) {
  const terms = needle.split(' ').length;
  const [idxs, info, order] = fuzzy.search(hay, needle, terms <= 3 ? terms : 0, INFO_THRESH);
  if (idxs === null) return;
  if (info === null || order === null) {
    // Too many candidates to rank fuzzily (1–2 letters): rank by where the text occurs.
    const first = needle.split(' ')[0] ?? needle;
    for (const idx of idxs) {
      const pos = (hay[idx] ?? '').indexOf(first);
      const [field, at] = locate(data, idx, Math.max(pos, 0));
      keep(best, idx, BASE[field] - penalty + (at === 0 ? 40 : 10), field);
    }
    return;
  }
  for (const i of order) {
    const idx = info.idx[i];
    const start = info.start[i];
    if (idx === undefined || start === undefined) continue;
    const [field, at] = locate(data, idx, start);
    let bonus = 30;
    if (at === 0) bonus += 40;
    if ((info.interLft2[i] ?? 0) >= terms) bonus += 15;
    bonus += Math.min(10, 5 * (info.terms[i] ?? 0));
    if ((info.intraIns[i] ?? 0) > 0) bonus -= 25;
    bonus -= Math.min(10, (info.interIns[i] ?? 0) / 4);
    keep(best, idx, BASE[field] - penalty + Math.max(0, Math.min(99, Math.round(bonus))), field);
  }
}

function scanPhones(data: SearchData, query: string, best: Best): void {
  const digits = phoneDigits(query);
  if (digits.length < 3) return;
  data.phones.forEach((numbers, idx) => {
    if (numbers === '') return;
    for (const number of numbers.split(' ')) {
      if (number === digits) keep(best, idx, BASE.phone + 99, 'phone');
      else if (number.startsWith(digits)) keep(best, idx, BASE.phone + 50, 'phone');
      else if (digits.length >= 5 && number.includes(digits)) keep(best, idx, BASE.purpose, 'phone');
    }
  });
}

export function createSearcher(data: SearchData, synonyms: Synonyms = { groups: [] }): Searcher {
  const groups: FoldedGroups = foldGroups(synonyms);
  return {
    search(query: string, opts: SearchOptions = {}): SearchHit[] {
      const limit = opts.limit ?? DEFAULT_LIMIT;
      const needle = toNeedle(query);
      if (needle === '' || limit <= 0) return [];
      const best: Best = new Map();
      if (looksLikePhone(query)) scanPhones(data, query, best);
      const folded = fold(query.slice(0, MAX_QUERY * 2));
      const variants = [needle, ...expandQuery(folded, groups).map(toNeedle)];
      new Set(variants).forEach((v) => {
        if (v === '') return;
        const penalty = v === needle ? 0 : SYNONYM_PENALTY;
        scan(data, data.primary, v, primaryField, penalty, best);
        scan(data, data.secondary, v, secondaryField, penalty, best);
      });
      const hits: SearchHit[] = [];
      for (const [idx, { score, field }] of best) {
        const id = data.ids[idx];
        if (id !== undefined) hits.push({ id, score, field });
      }
      hits.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      return hits.slice(0, limit);
    },
  };
}

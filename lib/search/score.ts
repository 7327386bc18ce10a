/** Turning a match position into a field and a score. */
import type { SearchData, SearchField } from './types.ts';
import { PRIMARY_FIELDS } from './types.ts';

/** Base score per field; bonuses stay below the gaps, so a name hit always beats a keyword hit. */
export const BASE: Record<SearchField, number> = {
  name: 900,
  phone: 850,
  keywords: 700,
  organisation: 600,
  place: 550,
  theme: 500,
  purpose: 300,
  description: 200,
};
export const SYNONYM_PENALTY = 50;
/**
 * An entry only for regions other than the user's ranks this much lower: below the home region's
 * and national entries of the same name ("Ungdomsmottagningen" in twenty towns), not below a
 * better field (the gaps between fields are larger).
 */
export const OTHER_REGION_PENALTY = 30;

/**
 * A training, report, information page or material ranks this much lower than a contact: its name
 * hit falls to the level of a contact's keyword or organisation hit, so "trafficking" lists the
 * lines to call before the courses about it. A query whose every word is in its name ("människohandel
 * med barn") is a search for it by name: no penalty then (`namesAll`).
 */
export const READING_PENALTY = 300;
/** The kinds the side panel shows under "Fördjupning" (lib/rank/index.ts): read, not called. */
export const READING_KINDS: ReadonlySet<string> = new Set(['training', 'report', 'information', 'material']);

/**
 * Per entry, what is taken off its score: serving only other regions than `home`, being something
 * to read rather than to contact; null when there is nothing to order by (older data).
 */
export function entryPenalties(data: SearchData, home: string | null | undefined): Float64Array | null {
  const regions = home ? data.regions : undefined;
  if (!regions && !data.kinds) return null;
  const out = new Float64Array(data.ids.length);
  regions?.forEach((codes, i) => {
    if (codes !== '' && codes !== '*' && !codes.split(' ').includes(home ?? ''))
      out[i] = OTHER_REGION_PENALTY;
  });
  data.kinds?.forEach((kind, i) => {
    if (READING_KINDS.has(kind)) out[i] = (out[i] ?? 0) + READING_PENALTY;
  });
  return out;
}

/**
 * Whether the query names the entry: two or more terms, all in its name, not all of them words of
 * the situations it is about ("sex mot ersättning vuxna" names a course; "sex mot ersättning" is
 * the situation, where the lines to call come first).
 */
export function namesAll(data: SearchData, idx: number, terms: readonly string[]): boolean {
  if (terms.length < 2) return false;
  const text = data.primary[idx] ?? '';
  const offsets = data.primaryOffsets[idx] ?? [];
  const part = (from: number | undefined, to: number | undefined) =>
    text.slice(from ?? 0, to === undefined ? text.length : Math.max(0, to - 3));
  const name = part(0, offsets[0]);
  const themes = part(offsets[2], offsets[3]);
  return terms.every((t) => name.includes(t)) && !terms.every((t) => themes.includes(t));
}

/** What an entry gets back of its penalty for this query: the reading penalty when the query names it. */
export function namedBonus(data: SearchData, idx: number, terms: readonly string[]): number {
  const kind = data.kinds?.[idx];
  return kind !== undefined && READING_KINDS.has(kind) && namesAll(data, idx, terms) ? READING_PENALTY : 0;
}

/** Field, offset inside it and the field's length for a position in `primary[idx]`. */
export type Located = [field: SearchField, at: number, length: number];

export function locatePrimary(data: SearchData, idx: number, pos: number): Located {
  const offsets = data.primaryOffsets[idx] ?? [0, 0, 0];
  const total = (data.primary[idx] ?? '').length;
  let start = 0;
  let end = (offsets[0] ?? total) - 3;
  let field: SearchField = 'name';
  for (let f = 0; f < offsets.length; f++) {
    const s = offsets[f] ?? total;
    if (pos < s) break;
    start = s;
    end = f + 1 < offsets.length ? (offsets[f + 1] ?? total) - 3 : total;
    field = PRIMARY_FIELDS[f + 1] ?? 'theme';
  }
  return [field, pos - start, end - start];
}

export function locateSecondary(data: SearchData, idx: number, pos: number): Located {
  const start = data.secondaryOffsets[idx] ?? 0;
  const total = (data.secondary[idx] ?? '').length;
  return pos >= start ? ['description', pos - start, total - start] : ['purpose', pos, start - 3];
}

const isBound = (c: string | undefined) => c === undefined || c === ' ' || c === '|';

/**
 * Score of an exact occurrence of `term` at `pos` in `text`: prefix of the field best, then
 * start of a word, then a whole word; shorter fields win ties.
 */
export function exactScore(text: string, pos: number, term: string, [field, at, length]: Located): number {
  let bonus = 40;
  if (at === 0) bonus += 35;
  if (isBound(text[pos - 1])) bonus += 12;
  if (isBound(text[pos + term.length])) bonus += 8;
  bonus -= Math.min(9, Math.floor(length / 10));
  return BASE[field] + bonus;
}

/** A fuzzy (typo) hit ranks below an exact hit in the same field. */
export function fuzzyScore(located: Located, wordStart: boolean): number {
  const [field, at, length] = located;
  let bonus = 20;
  if (at === 0) bonus += 35;
  if (wordStart) bonus += 10;
  bonus -= Math.min(9, Math.floor(length / 10));
  return BASE[field] + bonus;
}

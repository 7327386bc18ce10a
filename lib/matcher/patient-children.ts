/**
 * Children in the patient's home or care ("barnen", "treåringen var hemma", "två barn", "barn 6
 * och 9 år", "bebisen"): a count only, for the duty to report when a note tells of violence where
 * children live (lib/rank/groups.ts). Not a childhood ("som barn"), no children ("inga barn",
 * "vill ha barn"), grown-up children ("vuxna barn") or children in general ("barn och unga").
 */
import type { Term } from '../../data/vocabulary-schema.ts';
import { foldWord, wordsAfter, wordsBefore } from './text.ts';
import type { PatientFacts } from './types.ts';

/** The words, as the lexicon pass finds them (exact). */
export const CHILD_TERMS: Term[] = [
  'barn',
  'barnen',
  'barnet',
  'ungarna',
  'ungen',
  'bebis',
  'bebisen',
  'bebben',
  'spädbarn',
  'spädbarnet',
  'småbarnen',
  'barnbarnen',
].map((term) => ({ term, match: 'exact' }));

/** Before the word: not this patient's children now. */
const NOT_NOW = new Set(
  'som inga inget ingen utan vuxna vuxen utflugna fler flera skaffa skaffat ha planerar onskar onskan egna andras alla yngre'.split(
    ' ',
  ),
);
/** Before a bare "barn": a count or an owner ("två barn", "hennes barn", "har barn"). */
const COUNTED = new Set(
  'har hade tva tre fyra fem sma gemensamma sina hennes hans deras vara mina dina ett'.split(' '),
);
/** After the word: grown up, or children in general ("barnen är vuxna", "barn och unga"). */
const AFTER_NOT = new Set(['och', 'som', 'ar', 'utsatta', 'i']);

export function readChild(text: string, start: number, end: number, out: PatientFacts): void {
  const word = foldWord(text.slice(start, end));
  // Nearest last; fewer than two when the clause starts close before the word.
  const before = wordsBefore(text, start, 2, 40);
  const before1 = before.at(-1) ?? '';
  const before2 = before.length > 1 ? (before[0] ?? '') : '';
  const [after1 = '', after2 = ''] = wordsAfter(text, end, 2, 40);
  if (NOT_NOW.has(before1) || (before2 === 'som' && before1 === 'sma')) return;
  if (after1 === 'ar' && (after2 === 'vuxna' || after2 === 'utflugna')) return;
  if (word === 'barn') {
    const ages = /^\s*\(?\d/.test(text.slice(end, end + 4));
    if (!ages && (!COUNTED.has(before1) || AFTER_NOT.has(after1))) return;
  }
  out.children++;
}

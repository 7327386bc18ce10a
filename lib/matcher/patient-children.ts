/**
 * Children in the patient's home or care ("barnen", "treåringen var hemma", "två barn", "barn 6
 * och 9 år", "bebisen"): a count only, for the duty to report when a note tells of violence where
 * children live (lib/rank/groups.ts). Not a childhood ("som barn"), no children ("inga barn",
 * "vill ha barn"), grown-up children ("vuxna barn") or children in general ("barn och unga").
 */
import type { Term } from '../../data/vocabulary-schema.ts';
import { foldWord, wordsAfter, wordsBefore } from './text.ts';
import type { PatientFacts } from './types.ts';

/** Spelled numbers for a young child's age noun ("treåringen", "sexåring"). */
const SPELLED_YOUNG = [
  'ett',
  'två',
  'tre',
  'fyra',
  'fem',
  'sex',
  'sju',
  'åtta',
  'nio',
  'tio',
  'elva',
  'tolv',
];

/**
 * A son, a daughter, a grandchild or the boy in a note about someone else ("sonen satt i soffan
 * bredvid"): a child in the home unless the note says they are grown (an age of 18 or more after
 * the word, "vuxna", GROWN_CHILDREN_AGE in lib/rank/groups.ts), or they are the one who calls.
 */
const CHILD_NOUNS = ['sonen', 'dottern', 'sönerna', 'döttrarna', 'barnbarnet', 'pojken', 'flickan'];
const CHILD_NOUN_SET = new Set(CHILD_NOUNS.map(foldWord));
/** After a child noun: the one who calls or writes, not a child in the home. */
const CALLS = new Set(['ringer', 'ringde', 'hor', 'horde', 'kontaktar', 'kontaktade', 'skriver', 'mejlar']);

/** The words, as the lexicon pass finds them (exact, or inflected for the age nouns). */
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
  'tvillingarna',
  ...CHILD_NOUNS,
]
  .map((term): Term => ({ term, match: 'exact' }))
  .concat(
    // "treåringen", and as written without å ("trearingen", "treaaringen").
    SPELLED_YOUNG.flatMap((n) => [`${n}åring`, `${foldWord(n).replace(/a$/, '')}aaring`]).map(
      (term): Term => ({ term, match: 'inflect' }),
    ),
  );

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
  if (CHILD_NOUN_SET.has(word)) {
    const grown = /^\s*[,(]?\s*(\d{1,3})/.exec(text.slice(end, end + 8));
    if (CALLS.has(after1) || (grown !== null && Number(grown[1]) >= 18)) return;
  }
  if (word === 'barn') {
    const ages = /^\s*\(?\d/.test(text.slice(end, end + 4));
    if (!ages && (!COUNTED.has(before1) || AFTER_NOT.has(after1))) return;
  }
  out.children++;
}

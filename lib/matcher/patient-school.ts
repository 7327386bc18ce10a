/**
 * Ages a note gives without digits and a year: a school year ("elev i åk 7", "går i nian",
 * "högstadietjej") and a number word ("femtonåring", "en tolvårig flicka"). A school year gives
 * the usual age in it (åk N: N + 6), so a child is seen as a child; a word for someone else
 * shortly before ("dottern går i åk 7") makes it that person's age.
 */
import type { Term } from '../../data/vocabulary-schema.ts';
import { foldWord } from './text.ts';

/** Number words of the ages a child can have, as they stand before -åring/-årig. */
const NUMBER_WORDS: Record<string, number> = {
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  tretton: 13,
  fjorton: 14,
  femton: 15,
  sexton: 16,
  sjutton: 17,
  arton: 18,
  aderton: 18,
};
/**
 * "går i nian": the school year by its ordinal noun, only after "går i" (the bus "nian" is not);
 * not ettan–trean, which are also the years of upper secondary school (16–19).
 */
const ORDINALS: Record<string, number> = { fyran: 4, femman: 5, sexan: 6, sjuan: 7, åttan: 8, nian: 9 };
/** A stage of school stands for its middle year. */
const STAGES: Record<string, number> = {
  lågstadiet: 2,
  lågstadie: 2,
  mellanstadiet: 5,
  mellanstadie: 5,
  högstadiet: 8,
  högstadie: 8,
};

/** Words for a pupil before "i åttan". */
const PUPILS = new Set(
  'pojke pojken flicka flickan tjej tjejen kille killen elev eleven dotter dottern son sonen barnet'.split(
    ' ',
  ),
);

const fold = (record: Record<string, number>) =>
  new Map(Object.entries(record).map(([word, n]) => [foldWord(word), n]));
const NUMBERS = fold(NUMBER_WORDS);
const ORDINAL = fold(ORDINALS);
const STAGE = fold(STAGES);

/**
 * A teenager's age as a number word right after the word for them: "Pojke, femton, …", "Flicka
 * tretton år", "dottern sexton". Only 10–18, and only standing alone (a comma, a bracket, "år" or
 * the sentence's end after it): "Kvinna, fem barn" is no age.
 */
export function spelledAgeAfter(text: string, end: number): number | null {
  const m = /^\s*[,(]?\s*(?:nu\s+)?(\p{L}+)(?:\s+(?:år|ar))?\s*(?:[,);.:!?\n]|$)/u.exec(
    text.slice(end, end + 24),
  );
  const age = NUMBERS.get(foldWord(m?.[1] ?? '')) ?? null;
  return age !== null && age >= 10 ? age : null;
}

export const SCHOOL_TERMS: Term[] = [
  ...Object.keys(NUMBER_WORDS).flatMap((w): Term[] => [
    { term: `${w}åring`, match: 'inflect' },
    { term: `${w}årig`, match: 'inflect' },
  ]),
  // "uppger att hon är femton": a number word after "är", only the ages of a child.
  ...Object.entries(NUMBER_WORDS)
    .filter(([, n]) => n >= 10 && n < 18)
    .map(([w]): Term => ({ term: `är ${w}`, match: 'exact' })),
  { term: 'åk', match: 'exact' },
  { term: 'årskurs', match: 'exact' },
  ...Object.keys(ORDINALS).map((w): Term => ({ term: `går i ${w}`, match: 'exact' })),
  ...Object.keys(ORDINALS).map((w): Term => ({ term: `i ${w}`, match: 'exact' })),
  { term: 'lågstadiet', match: 'exact' },
  { term: 'mellanstadiet', match: 'exact' },
  { term: 'högstadiet', match: 'exact' },
  // högstadieelev, högstadietjej, mellanstadiekille …
  { term: 'lågstadie', match: 'stem' },
  { term: 'mellanstadie', match: 'stem' },
  { term: 'högstadie', match: 'stem' },
];

/**
 * A birth year opening a line ("f. 2011, flicka.", "F 2012"): the header of a note. Other birth
 * years are read after a word for the patient (patient.ts).
 */
export function lineBirthYears(
  text: string,
  year: number,
  push: (age: number) => void,
  from = 0,
  to = text.length,
): void {
  // The first line that starts at or after `from`: at 0, or just after a line break.
  let at = from === 0 ? 0 : text.indexOf('\n', from - 1) + 1;
  if (from > 0 && at === 0) return;
  while (at < to) {
    let i = at;
    while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
    // Most lines do not start with f: one character read, nothing sliced.
    const c = text.charCodeAt(i);
    const m = c === 102 || c === 70 ? /^[fF]\.?\s?((?:19|20)\d\d)(?!\d)/.exec(text.slice(i, i + 9)) : null;
    if (m) push(year - Number(m[1]));
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  // Or opening a sentence after the clinic's name: "BUP. f. 2011, pojke", "Elevhälsan: f. 2009."
  for (const m of text.slice(from, to).matchAll(/[.:;]\s+[fF]\.?\s?((?:19|20)\d\d)(?!\d)/g))
    push(year - Number(m[1]));
}

/**
 * The age a school word or number word at [start, end) gives, or null. `after` is the text that
 * follows (for "åk 7").
 */
export function schoolAge(text: string, start: number, end: number): number | null {
  const word = foldWord(text.slice(start, end)).replace(/\s+/g, ' ');
  if (word === 'ak' || word === 'arskurs') {
    const m = /^\s?(\d)(?!\d)(?![,.:]\d)(\s*(?:på\s+|pa\s+)?gy)?/iu.exec(text.slice(end, end + 12));
    const year = Number(m?.[1] ?? 0);
    // "åk 2 på gymnasiet": upper secondary starts at 16.
    if (m?.[2] !== undefined) return year >= 1 && year <= 4 ? year + 15 : null;
    return year >= 1 && year <= 9 ? year + 6 : null;
  }
  if (word.startsWith('gar i ')) {
    const year = ORDINAL.get(word.slice(6));
    return year === undefined ? null : year + 6;
  }
  if (word.startsWith('i ')) {
    // "Pojke i åttan", "eleven i nian"; not "bussen i sjuan".
    const before = /([\p{L}]+)[^\p{L}]*$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1] ?? '';
    const year = ORDINAL.get(word.slice(2));
    return year === undefined || !PUPILS.has(foldWord(before)) ? null : year + 6;
  }
  for (const [stage, year] of STAGE) if (word.startsWith(stage)) return year + 6;
  if (word.startsWith('ar ')) {
    // "klockan är femton minuter över", "de är femton st": not an age.
    if (
      /^\s*(?:st|stycken|gånger|ganger|minuter|min|kr|kronor|timmar|grader|procent)\b/iu.test(
        text.slice(end, end + 12),
      )
    )
      return null;
    return NUMBERS.get(word.slice(3)) ?? null;
  }
  const m = /^(.+?)arig|^(.+?)aring/.exec(word);
  return NUMBERS.get(m?.[1] ?? m?.[2] ?? '') ?? null;
}

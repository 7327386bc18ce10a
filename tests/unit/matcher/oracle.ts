/**
 * An independent oracle for the lexicon pass: one plain regular expression per term, tried at
 * every position, built from the rules in lib/matcher/README.md ("Vocabulary format") and nothing
 * of lib/matcher. Slow and simple on purpose. It knows one term per set, so it does not have to
 * decide between a set's own terms; the lexicon must find each set's mentions whatever the other
 * sets are.
 */
import type { Term } from '../../../data/vocabulary-schema.ts';
import { MAX_WORDS } from '../../../lib/matcher/index.ts';

/** Any case, and å/ä/ö/é/ü also written without the mark. */
const MARKED: Record<string, string> = { å: '[åa]', ä: '[äa]', ö: '[öo]', é: '[ée]', ü: '[üu]' };
/** Words of a term are joined by 0–3 spaces or hyphens (a soft hyphen too). */
const JOIN = '[\\s\\-\\u00ad]{0,3}';
/** What `inflect` allows after the term: definite, plural and genitive endings. */
const INFLECTIONS = [
  '',
  'n',
  't',
  'en',
  'et',
  'na',
  'er',
  'ar',
  'or',
  'erna',
  'arna',
  'orna',
  'e',
  'a',
  'r',
  'rna',
];
const ENDINGS = INFLECTIONS.flatMap((e) => [e, `${e}s`]);
const WORD = /[\p{L}\p{N}\p{M}]/u;

const isWordChar = (text: string, at: number) => at >= 0 && at < text.length && WORD.test(text.charAt(at));

/** Lower case, and å/ä → a, ö → o, é → e, ü → u, as endings are compared. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[åäàá]/g, 'a')
    .replace(/[öø]/g, 'o')
    .replace(/[éè]/g, 'e')
    .replace(/ü/g, 'u');
}

interface OracleTerm {
  re: RegExp;
  /** Allowed endings after the core; null: any (stem). */
  endings: readonly string[] | null;
  stem: boolean;
  prefixed: boolean;
}

function compile(t: Term): OracleTerm {
  const lower = t.term.toLowerCase();
  const last = lower.charAt(lower.length - 1);
  // A stem or inflect term of 6 letters or more ending in -a/-e drops it (självskada → självskador);
  // for inflect the vowel comes back as an ending (kopplare → kopplaren, kopplarna).
  const drops = t.match !== 'exact' && (last === 'a' || last === 'e') && lower.replace(/ /g, '').length >= 6;
  const core = drops ? lower.slice(0, -1) : lower;
  const source = core
    .split(' ')
    .map((w) => Array.from(w, (c) => MARKED[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(''))
    .join(JOIN);
  let endings: string[] | null = null;
  if (t.match === 'exact') endings = [''];
  if (t.match === 'inflect') endings = drops ? [...ENDINGS.map((e) => last + e), 'na', 'nas'] : ENDINGS;
  return { re: new RegExp(source, 'iy'), endings, stem: t.match === 'stem', prefixed: t.prefixed ?? false };
}

/** Where the word that continues at `from` ends: word characters, for a stem also "-" + a letter. */
function wordEnd(text: string, from: number, stem: boolean): number {
  let i = from;
  for (;;) {
    if (isWordChar(text, i)) i++;
    else if (stem && (text[i] === '-' || text[i] === '\u00ad') && isWordChar(text, i + 1)) i += 2;
    else return i;
  }
}

/** The term's mentions, left to right, never overlapping: their count and first distinct words. */
export function oracleTally(term: Term, text: string): { count: number; words: string[] } {
  const t = compile(term);
  const out = { count: 0, words: [] as string[] };
  let floor = 0;
  for (let at = floor; at < text.length; at++) {
    if (at < floor) continue;
    t.re.lastIndex = at;
    const m = t.re.exec(text);
    if (m === null) continue;
    // A term starts a word, unless it may end a compound: then the mention is the whole word.
    let start = at;
    if (isWordChar(text, at - 1)) {
      if (!t.prefixed) continue;
      while (isWordChar(text, start - 1)) start--;
    }
    const coreEnd = at + m[0].length;
    const end = wordEnd(text, coreEnd, t.stem);
    const ending = fold(text.slice(coreEnd, end)).replace(/[-\u00ad]/g, '');
    if (t.endings !== null && !t.endings.includes(ending)) continue;
    if (start < floor) continue;
    floor = end;
    out.count++;
    const word = text
      .slice(start, end)
      .toLowerCase()
      .replace(/[\s\u00ad]+/g, ' ');
    if (out.words.length < MAX_WORDS && !out.words.includes(word)) out.words.push(word);
  }
  return out;
}

/**
 * Reported, not yet fixed in lib/matcher/compile.ts: where another set's term continues this one
 * with "-" or "+" ("ab" beside "ab-c"), this term can be pruned at that place. Random vocabularies
 * with such a pair are left out; the data has none (tests/unit/matcher/differential.test.ts).
 */
export function continuedByAnother(terms: readonly Term[]): boolean {
  const keys = terms.map((t) => fold(t.term));
  return keys.some((a, i) => keys.some((b, j) => j !== i && (b.includes(`${a}-`) || b.includes(`${a}+`))));
}

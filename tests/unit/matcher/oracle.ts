/**
 * An independent oracle for the lexicon pass: one plain regular expression per term, built from
 * the rules in lib/matcher/README.md ("Vocabulary format", "How one pass works" step 4) and nothing
 * of lib/matcher. Slow and simple on purpose: a combined RegExp of all terms only says where some
 * term's words stand; every term is then tried there on its own. Per set, left to right, the
 * longest mention at a place wins and a set's mentions never overlap; sets do not affect each other.
 */
import type { Term } from '../../../data/vocabulary-schema.ts';
import type { TermSet } from '../../../lib/matcher/compile.ts';
import { MAX_WORDS } from '../../../lib/matcher/index.ts';

export interface Tally {
  count: number;
  words: string[];
}

/** Any case, and å/ä/ö/é/ü also written without the mark. */
const MARKED: Record<string, string> = { å: '[åa]', ä: '[äa]', ö: '[öo]', é: '[ée]', ü: '[üu]' };
/** Words of a term are joined by 0–3 spaces or hyphens (a soft hyphen too). */
// Spaces, hyphens and quotation marks join the words of a term ("kallas 'hora'").
const JOIN = '[\\s\\-\\u00ad"\'`\u00ab\u00b4\u00bb\u2018\u2019\u201c\u201d]{0,3}';
/** What `inflect` allows after the term: definite, plural and genitive endings. */
const INFLECTIONS = ['', ...'n t en et na er ar or erna arna orna e a r rna'.split(' ')];
const ENDINGS = INFLECTIONS.flatMap((e) => [e, `${e}s`]);
const WORD = /[\p{L}\p{N}\p{M}]/u;
/** notNear looks at 4 words either side, within 80 characters, not past a clause end. */
const NEAR_WORDS = 4;
const NEAR_CHARS = 80;
const CLAUSE_END = /[.!?;\n\r•]/;

/** Letters, digits, marks; a surrogate half too, so an emoji or rare letter never starts a term. */
function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  return (code >= 0xd800 && code <= 0xdfff) || WORD.test(text.charAt(at));
}

/** Lower case, and å/ä → a, ö → o, é → e, ü → u (and a few accents), as endings and keys are compared. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[åäàá]/g, 'a')
    .replace(/[öø]/g, 'o')
    .replace(/[éè]/g, 'e')
    .replace(/ü/g, 'u');
}

export const key = (s: string) => fold(s).replace(/[\s\-\u00ad]+/g, '');

interface OracleTerm {
  /** The RegExp source, one piece per letter or joiner. */
  atoms: string[];
  re: RegExp;
  /** Allowed endings after the core; null: any (stem). */
  endings: readonly string[] | null;
  stem: boolean;
  prefixed: boolean;
  notTails: string[];
  notNear: string[];
}

function compile(t: Term): OracleTerm {
  // A hyphen inside a term is a joiner like a space ("id-handlingar" = "id handlingar").
  const lower = t.term.toLowerCase().replace(/-/g, ' ');
  const last = lower.charAt(lower.length - 1);
  // A stem or inflect term of 6 letters or more ending in -a/-e drops it (självskada → självskador);
  // for inflect the vowel comes back as an ending (kopplare → kopplaren, kopplarna).
  const drops = t.match !== 'exact' && (last === 'a' || last === 'e') && lower.replace(/ /g, '').length >= 6;
  const core = drops ? lower.slice(0, -1) : lower;
  const atoms = core
    .split(' ')
    .flatMap((w, i) => [
      ...(i > 0 ? [JOIN] : []),
      ...Array.from(w, (c) => MARKED[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    ]);
  let endings: string[] | null = null;
  if (t.match === 'exact') endings = [''];
  if (t.match === 'inflect') endings = drops ? [...ENDINGS.map((e) => last + e), 'na', 'nas'] : ENDINGS;
  return {
    atoms,
    re: new RegExp(atoms.join(''), 'iy'),
    endings,
    stem: t.match === 'stem',
    prefixed: t.prefixed ?? false,
    notTails: (t.notTails ?? []).map(key),
    notNear: (t.notNear ?? []).map(key),
  };
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

/** The words near [start, end) that notNear looks at, folded. */
function nearWords(text: string, start: number, end: number): string[] {
  const before =
    text
      .slice(Math.max(0, start - NEAR_CHARS), start)
      .split(CLAUSE_END)
      .pop() ?? '';
  const after = text.slice(end, end + NEAR_CHARS).split(CLAUSE_END)[0] ?? '';
  const words = (s: string) => {
    let chars = '';
    for (let i = 0; i < s.length; i++) chars += isWordChar(s, i) ? s[i] : ' ';
    return chars.split(' ').filter((w) => w !== '');
  };
  return [...words(before).slice(-NEAR_WORDS), ...words(after).slice(0, NEAR_WORDS)].map(fold);
}

/** The mention of term t whose words begin at `at`, or null. */
function mentionAt(text: string, at: number, t: OracleTerm): { start: number; end: number } | null {
  t.re.lastIndex = at;
  const m = t.re.exec(text);
  if (m === null) return null;
  // A term starts a word, unless it may end a compound: then the mention is the whole word.
  let start = at;
  if (isWordChar(text, at - 1)) {
    if (!t.prefixed) return null;
    while (isWordChar(text, start - 1)) start--;
  }
  const coreEnd = at + m[0].length;
  const end = wordEnd(text, coreEnd, t.stem);
  const tail = fold(text.slice(coreEnd, end)).replace(/[-\u00ad]/g, '');
  if (t.endings !== null && !t.endings.includes(tail)) return null;
  if (t.notTails.some((nt) => tail.startsWith(nt))) return null;
  if (
    t.notNear.length > 0 &&
    nearWords(text, start, end).some((w) => t.notNear.some((k) => w.startsWith(k)))
  ) {
    return null;
  }
  return { start, end };
}

/**
 * One RegExp that matches where any of the terms' words stand: the alternatives share their common
 * beginnings ("se(?:x|xköp)"), so V8 does not try all 1,900 terms at every character.
 */
function anyOf(terms: readonly OracleTerm[], flags: string): RegExp {
  const group = (list: readonly string[][]): string => {
    const byFirst = new Map<string, string[][]>();
    for (const atoms of list)
      byFirst.set(atoms[0] ?? '', [...(byFirst.get(atoms[0] ?? '') ?? []), atoms.slice(1)]);
    return [...byFirst]
      .map(([first, rests]) => (first === '' ? '' : `${first}(?:${group(rests)})`))
      .join('|');
  };
  return new RegExp(terms.length > 0 ? group(terms.map((t) => t.atoms)) : '(?!)', flags);
}

/** Per set, in the order given: how many mentions, and the first distinct words as the page wrote them. */
export function compileOracle(sets: readonly TermSet[]): (text: string) => Tally[] {
  const compiled = sets.map((s) => s.terms.map(compile));
  // Only to skip quickly the sets none of whose terms' words stand at a place.
  const setRes = compiled.map((terms) => anyOf(terms, 'iy'));
  const anyTerm = anyOf(compiled.flat(), 'gi');
  return (text) => {
    const out = sets.map((): Tally => ({ count: 0, words: [] }));
    const floors = sets.map(() => 0);
    anyTerm.lastIndex = 0;
    for (let m = anyTerm.exec(text); m !== null; m = anyTerm.exec(text)) {
      const at = m.index;
      anyTerm.lastIndex = at + 1;
      compiled.forEach((terms, s) => {
        const setRe = setRes[s] as RegExp;
        setRe.lastIndex = at;
        if (!setRe.test(text)) return;
        let best: { start: number; end: number } | null = null;
        for (const t of terms) {
          const found = mentionAt(text, at, t);
          if (found === null || found.start < (floors[s] ?? 0)) continue;
          if (best === null || found.end - found.start > best.end - best.start) best = found;
        }
        if (best === null) return;
        floors[s] = best.end;
        const tally = out[s] as Tally;
        tally.count++;
        const word = text
          .slice(best.start, best.end)
          .toLowerCase()
          .replace(/[\s\u00ad]+/g, ' ');
        if (tally.words.length < MAX_WORDS && !tally.words.includes(word)) tally.words.push(word);
      });
    }
    return out;
  };
}

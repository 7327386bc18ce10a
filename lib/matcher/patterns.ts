/**
 * Turns one vocabulary term into the pieces the scanner needs: a RegExp source, a lookup key, and
 * the anchor that the one-pass RegExp looks for.
 */
import type { MatchMode, Term } from '../../data/vocabulary-schema.ts';
import { compileLiteral, type LiteralWord, MAX_JOINER, type Probe, probeOf } from './literal.ts';
import { byFirstLetter } from './near.ts';
import { termKey } from './text.ts';

export { MAX_JOINER };

const CLASSES: Record<string, string> = { å: '[åa]', ä: '[äa]', ö: '[öo]', é: '[ée]', ü: '[üu]' };
export const JOINER = `[\\s\\-\\u00ad"'\`\u00ab\u00b4\u00bb\u2018\u2019\u201c\u201d]{0,${MAX_JOINER}}`;

/**
 * Anchors are short ASCII literals: V8 scans an alternation of those several times faster than
 * one of whole terms with flexible joiners or with [äa] classes (scripts/bench/matcher.bench.ts).
 */
export const ANCHOR_LENGTH = 5;
const MIN_ASCII_ANCHOR = 3;

/**
 * A stem term ending in an unstressed -a/-e loses it, so that sexköpare also finds sexköparna and
 * självskada finds självskador; an inflect term keeps the vowel as an allowed ending instead.
 */
export function coreOf(term: string, mode: MatchMode): { core: string; dropped: string } {
  const t = term.toLowerCase();
  const last = t.charAt(t.length - 1);
  if (mode !== 'exact' && (last === 'a' || last === 'e') && t.replace(/ /g, '').length >= 6) {
    return { core: t.slice(0, -1), dropped: last };
  }
  return { core: t, dropped: '' };
}

/**
 * The anchor: the longest run of ASCII letters (capped), preferring word starts and long words,
 * since those are the rare ones ("ersättning" rather than "sex", "sex" rather than "-per"). Falls back to a word start with [äa]
 * classes when no run of three letters exists. minOffset/maxOffset bound where the term starts
 * before the anchor: every joiner may be 0 to MAX_JOINER characters.
 */
export function anchorOf(core: string): { anchor: string; minOffset: number; maxOffset: number } {
  const words = core.split(' ');
  let best = { anchor: '', word: -1, at: 0, score: 0 };
  words.forEach((w, i) => {
    for (const m of w.matchAll(/[a-z0-9]+/g)) {
      const run = m[0].slice(0, ANCHOR_LENGTH);
      // Word endings ("-per" of köper, "-lja" of sälja) are common: a run inside a word scores less.
      const score = run.length * 100 - (m.index > 0 ? 150 : 0) + w.length;
      if (score > best.score) best = { anchor: run, word: i, at: m.index, score };
    }
  });
  if (best.anchor.length < Math.min(MIN_ASCII_ANCHOR, core.length)) {
    best = { anchor: (words[0] ?? core).slice(0, ANCHOR_LENGTH), word: 0, at: 0, score: 0 };
  }
  const before = words.slice(0, best.word).reduce((n, w) => n + w.length, 0) + best.at;
  return { anchor: best.anchor, minOffset: before, maxOffset: before + best.word * MAX_JOINER };
}

function escapeChar(c: string): string {
  return CLASSES[c] ?? c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** RegExp source for a core; case is handled by the /i flag. */
export function patternOf(core: string): string {
  return core
    .split(' ')
    .map((word) => Array.from(word, escapeChar).join(''))
    .join(JOINER);
}

/** Endings an 'inflect' term may take: definite, plural and genitive forms. */
const INFLECTIONS = [
  '',
  's',
  'n',
  'ns',
  't',
  'ts',
  'en',
  'ens',
  'et',
  'ets',
  'na',
  'nas',
  'er',
  'ers',
  'ar',
  'ars',
  'or',
  'ors',
  'erna',
  'ernas',
  'arna',
  'arnas',
  'orna',
  'ornas',
  'e',
  'es',
  'a',
  'as',
  'r',
  'rs',
  'rna',
  'rnas',
];

export interface CompiledTerm {
  themeIndex: number;
  term: string;
  key: string;
  mode: MatchMode;
  prefixed: boolean;
  /** Allowed endings after the core, for 'inflect' (a set) and 'exact' (only ''). */
  endings: ReadonlySet<string> | null;
  notTails: readonly string[];
  notNear: readonly string[];
  /** notNear by first letter (char code), so a word is compared only with keys it may start. */
  notNearByFirst: ReadonlyMap<number, readonly string[]>;
  /** Sticky RegExp for this term alone, run at a candidate start; only built when `literal` is null. */
  sticky: RegExp | null;
  /** The term's core as compiled (a dropped final vowel removed), for the RegExp fallback. */
  core: string;
  /** The same match without a RegExp (literal.ts). */
  literal: LiteralWord[] | null;
  /** Two characters checked before the whole literal (literal.ts probeFits). */
  probe: Probe;
  /** Lower-case first letter and its plain form ([åa]), to skip a start cheaply; 0 = unknown. */
  first: number;
  firstAlt: number;
  source: string;
  anchor: string;
  /** How far before the anchor the term may start (joiners vary in length). */
  minOffset: number;
  maxOffset: number;
}

const NONE: readonly string[] = [];
const NONE_BY_FIRST: ReadonlyMap<number, readonly string[]> = new Map();
/** Endings by mode and dropped vowel: a few shared sets, not one per term. */
const ENDINGS = new Map<string, ReadonlySet<string>>();

function endingsOf(mode: MatchMode, dropped: string): ReadonlySet<string> {
  const key = `${mode}/${dropped}`;
  let found = ENDINGS.get(key);
  if (found === undefined) {
    if (mode === 'exact') found = new Set(['']);
    else found = new Set(dropped ? INFLECTIONS.map((e) => dropped + e).concat(['na', 'nas']) : INFLECTIONS);
    ENDINGS.set(key, found);
  }
  return found;
}

export function compileTerm(t: Term, themeIndex: number): CompiledTerm {
  const mode = t.match;
  // A hyphen between words is a joiner like a space: "id-handlingar" also matches "id handlingar".
  const { core, dropped } = coreOf(t.term.replace(/-/g, ' '), mode);
  const endings = mode === 'stem' ? null : endingsOf(mode, dropped);
  const notNear = t.notNear === undefined ? NONE : t.notNear.map(termKey);
  const literal = compileLiteral(core);
  // The pattern is needed only for the RegExp fallback (characters above U+00FF).
  const source = literal === null ? patternOf(core) : '';
  return {
    themeIndex,
    term: t.term,
    key: termKey(core),
    mode,
    prefixed: t.prefixed ?? false,
    endings,
    notTails: t.notTails === undefined ? NONE : t.notTails.map(termKey),
    notNear,
    notNearByFirst: notNear.length === 0 ? NONE_BY_FIRST : byFirstLetter(notNear),
    sticky: literal === null ? new RegExp(source, 'iy') : null,
    core,
    literal,
    probe: probeOf(literal),
    first: literal?.[0]?.codes[0] ?? 0,
    firstAlt: literal?.[0]?.alts[0] ?? 0,
    source,
    ...anchorOf(core),
  };
}

/**
 * Turns one vocabulary term into the pieces the scanner needs: a RegExp source for the shared
 * alternation, and a lookup key for the matched text.
 */
import type { MatchMode, Term } from '../../data/vocabulary-schema.ts';
import { termKey } from './text.ts';

const CLASSES: Record<string, string> = { å: '[åa]', ä: '[äa]', ö: '[öo]', é: '[ée]', ü: '[üu]' };
/** Between the words of a multiword term: spaces, hyphens, or nothing (sugardaddy = sugar daddy). */
export const JOINER = '[\\s\\-\\u00ad]*';

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
  /** Sticky RegExp for this term alone: used to try shorter terms where a longer one failed. */
  sticky: RegExp;
  source: string;
  /** The start of the first word (at most ANCHOR_LENGTH letters): what the one-pass RegExp looks for. */
  anchor: string;
}

/**
 * Anchors are short literals: V8 scans an alternation of short literals several times faster than
 * one of whole terms with flexible joiners (measured in scripts/bench/matcher.bench.ts).
 */
export const ANCHOR_LENGTH = 5;

export function compileTerm(t: Term, themeIndex: number): CompiledTerm {
  const mode = t.match;
  const { core, dropped } = coreOf(t.term, mode);
  let endings: Set<string> | null = null;
  if (mode === 'exact') endings = new Set(['']);
  if (mode === 'inflect') {
    endings = new Set(dropped ? INFLECTIONS.map((e) => dropped + e).concat(['na', 'nas']) : INFLECTIONS);
  }
  const source = patternOf(core);
  return {
    themeIndex,
    term: t.term,
    key: termKey(core),
    mode,
    prefixed: t.prefixed ?? false,
    endings,
    notTails: (t.notTails ?? []).map((s) => termKey(s)),
    notNear: (t.notNear ?? []).map((s) => termKey(s)),
    sticky: new RegExp(source, 'iy'),
    source,
    anchor: (core.split(' ')[0] ?? core).slice(0, ANCHOR_LENGTH),
  };
}

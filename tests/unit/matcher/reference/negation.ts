// FROZEN REFERENCE — do not edit. Verbatim copy of lib/matcher/negation.ts at ab09148 (the anchor-RegExp pass),
// only import paths changed. tests/unit/matcher/differential.test.ts compares lib/matcher with it.
/**
 * Negation cues of Swedish clinical notes ("förnekar sex mot ersättning", "inga tecken på
 * människohandel", "Sex mot ersättning: nej"). A negated mention is kept and counted as negated,
 * because "asked about and denied" is still worth a lower-ranked suggestion.
 * Words are folded (å/ä → a, ö → o) as wordsBefore/wordsAfter return them.
 */

/** How many words before a term a cue may stand ("inga tecken på sex mot ersättning eller …"). */
export const NEGATION_WINDOW_BEFORE = 7;
/** How many words after a term a cue may stand ("…, vilket hon förnekar"). */
export const NEGATION_WINDOW_AFTER = 4;

const BEFORE = new Set([
  'ej',
  'inte',
  'inga',
  'ingen',
  'inget',
  'utan',
  'aldrig',
  'nej',
  'forneka',
  'fornekar',
  'fornekade',
  'fornekat',
  'fornekas',
  'neka',
  'nekar',
  'nekade',
  'nekat',
  'negerar',
  'negerade',
]);

/** Words that start a new clause with its own polarity: a cue before them does not reach the term. */
const SCOPE_BREAK = new Set(['men', 'dock', 'daremot', 'berattar', 'uppger', 'bekraftar']);

const AFTER = new Set(['nej', 'fornekar', 'fornekas', 'fornekade', 'nekar', 'nekas', 'nekade', 'negativt']);
const AFTER_PAIR_FIRST = new Set(['ej', 'inte', 'icke']);
const AFTER_PAIR_SECOND = new Set(['aktuellt', 'aktuell', 'aktuella']);

/** True when the folded words just before or after a term negate it. */
export function isNegated(before: readonly string[], after: readonly string[]): boolean {
  for (let i = before.length - 1; i >= 0; i--) {
    const w = before[i] ?? '';
    if (BEFORE.has(w)) return true;
    if (SCOPE_BREAK.has(w)) break;
  }
  for (let i = 0; i < after.length; i++) {
    const w = after[i] ?? '';
    if (AFTER.has(w)) return true;
    if (AFTER_PAIR_FIRST.has(w) && AFTER_PAIR_SECOND.has(after[i + 1] ?? '')) return true;
  }
  return false;
}

/**
 * Where lib/matcher is known to differ from its README, reported and not yet fixed: the
 * differential tests (differential.test.ts) leave such inputs out, and say so here, one rule each.
 * When one is fixed, drop it here and the test will cover it again.
 */
import type { Term } from '../../../data/vocabulary-schema.ts';
import { fold, key } from './oracle.ts';

/**
 * Reported, not yet fixed in lib/matcher/compile.ts: a prefixed term that another set's term
 * continues with "+" ("ab" beside "ab+c") is pruned inside a word followed by "+" ("xab+c"), even
 * where that other term does not stand. (With "-" this was fixed.) Such vocabularies are left out;
 * the data has none.
 */
export function continuedByAnother(terms: readonly Term[]): boolean {
  const keys = terms.map((t) => fold(t.term));
  return keys.some((a, i) => keys.some((b, j) => j !== i && b.includes(`${a}+`)));
}

/**
 * Reported, not yet fixed in lib/matcher/near.ts: notNear compares a word only with the keys of its
 * first letter, and takes é, è, à, á, ü, ø for letters of their own, so "eskort … Ékonomi" is counted
 * though "ekonomi" is a notNear key. A word cut where notNear stops looking (80 characters before the
 * mention) starts where it is cut, so any accented letter inside a word may start one. Texts where
 * such a letter starts a key are left out.
 */
export function nearKeyAfterAccent(text: string, terms: readonly Term[]): boolean {
  const keys = terms.flatMap((t) => (t.notNear ?? []).map(key));
  const starts = text.match(/[éèàáüøÉÈÀÁÜØ][\p{L}\p{N}\p{M}]*/gu) ?? [];
  return starts.some((w) => keys.some((k) => fold(w).startsWith(k)));
}

/**
 * Found by the random test, not yet fixed in lib/matcher/compile.ts: inside a word, a prefixed
 * term of two or more words whose first word has under three letters loses to a shorter term of
 * its own set at the same start ("ab cde" and "ab" in one set: "xab cde" gives "xab"). Such
 * vocabularies are left out; the data has none (its prefixed terms are one word).
 */
export function shortFirstWordPrefixed(terms: readonly Term[]): boolean {
  return terms.some(
    (t) => t.prefixed === true && t.term.includes(' ') && (t.term.split(' ')[0] ?? '').length < 3,
  );
}

/**
 * Found by the random test, not yet fixed in lib/matcher/compile.ts: a term of several words whose
 * first word has one letter ("a ööaaaå ö") is met at an anchor after that letter, where a shorter
 * term of its own set that starts later ("öö", a stem) has already been taken, so the later start
 * wins ("A-ÖÖAAAÅ-Ö-x" gives "ööaaaå-ö-x", not "a-ööaaaå-ö"). Such vocabularies are left out; in
 * the data only "f d sambo" has a one-letter first word, and the real-vocabulary test covers it.
 */
export function oneLetterFirstWord(terms: readonly Term[]): boolean {
  return terms.some((t) => t.term.includes(' ') && (t.term.split(' ')[0] ?? '').length < 2);
}

/**
 * Found by the random test (seed 35719206), not yet fixed in lib/matcher/compile.ts: inside a word,
 * a prefixed stem term ("äå") and a longer multiword term of its own set that begins with it
 * ("aåö å", exact) both stand at one start, and the stem's ending runs on over a hyphen
 * ("xAÅÖ-Å-x"): the matcher keeps the longer core ("xaåö-å"), the README's rule (the longest
 * mention) the stem's whole word ("xaåö-å-x"). Such vocabularies are left out; in the data no
 * prefixed stem term begins another term of its set.
 */
export function stemUnderLongerTerm(terms: readonly Term[]): boolean {
  return terms.some(
    (a) =>
      a.prefixed === true &&
      (a.match ?? 'stem') === 'stem' &&
      terms.some(
        (b) =>
          b !== a &&
          (b.match ?? 'stem') !== 'stem' &&
          b.term.includes(' ') &&
          key(b.term).startsWith(key(a.term)),
      ),
  );
}

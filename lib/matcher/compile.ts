/**
 * The page-context matcher: one combined RegExp finds candidate positions in a single pass; the
 * few candidates are then checked in JavaScript (word boundaries, endings, context rules,
 * negation). Candidates are rare in real text, so the checks cost little next to the pass.
 */
import { THEME_IDS } from '../../data/themes.ts';
import type { Theme } from '../../data/vocabulary-schema.ts';
import { isNegated, NEGATION_WINDOW_AFTER, NEGATION_WINDOW_BEFORE } from './negation.ts';
import { type CompiledTerm, compileTerm } from './patterns.ts';
import { termKey, wordsAfter, wordsBefore } from './text.ts';
import { MAX_WORDS, type Matcher, type ScanResult, type ThemeHit } from './types.ts';
import { acceptAt } from './verify.ts';

/** How far (in characters) the context windows look; enough for about eight words. */
const WINDOW_CHARS = 120;

interface Tally {
  count: number;
  negated: number;
  words: string[];
}

export function compileMatcher(themes: readonly Theme[]): Matcher {
  const terms: CompiledTerm[] = [];
  themes.forEach((theme, i) => {
    for (const t of theme.terms) terms.push(compileTerm(t, i));
  });
  // Longest first: the alternation takes the first alternative that matches at a position.
  terms.sort((a, b) => b.key.length - a.key.length);
  // Shorter terms that may still apply where the longest failed, grouped by their first letter.
  const byFirst = new Map<string, CompiledTerm[]>();
  for (const t of terms) {
    const first = t.key.charAt(0);
    byFirst.set(first, [...(byFirst.get(first) ?? []), t]);
  }
  const sources = [...new Set(terms.map((t) => t.source))];
  const combined = new RegExp(sources.join('|'), 'gi');

  function scan(text: string): ScanResult {
    const tallies: (Tally | undefined)[] = new Array(themes.length);
    if (terms.length === 0) return { hits: [] };
    const re = new RegExp(combined);
    let m: RegExpExecArray | null = re.exec(text);
    while (m !== null) {
      const at = m.index;
      const candidates = byFirst.get(termKey(m[0]).charAt(0)) ?? [];
      let end = at + 1;
      let negation: boolean | undefined;
      const seen = new Set<number>();
      for (const t of candidates) {
        if (seen.has(t.themeIndex)) continue;
        const found = acceptAt(text, at, t);
        if (found === null) continue;
        seen.add(t.themeIndex);
        end = Math.max(end, found.end);
        if (negation === undefined) {
          const before = wordsBefore(
            text.slice(Math.max(0, found.start - WINDOW_CHARS), found.start),
            NEGATION_WINDOW_BEFORE,
          );
          const after = wordsAfter(text.slice(found.end, found.end + WINDOW_CHARS), NEGATION_WINDOW_AFTER);
          negation = isNegated(before, after);
        }
        const tally = tallies[t.themeIndex] ?? { count: 0, negated: 0, words: [] };
        tallies[t.themeIndex] = tally;
        tally.count++;
        if (negation) tally.negated++;
        if (tally.words.length < MAX_WORDS && !tally.words.includes(found.word)) tally.words.push(found.word);
      }
      re.lastIndex = end;
      m = re.exec(text);
    }
    const hits: ThemeHit[] = [];
    tallies.forEach((tally, i) => {
      const theme = themes[i];
      if (tally && theme) hits.push({ theme: theme.id, ...tally });
    });
    return { hits: sortHits(hits) };
  }

  return { scan };
}

/** Hits in THEME_IDS order, so equal scans compare equal. */
export function sortHits(hits: ThemeHit[]): ThemeHit[] {
  return hits.sort((a, b) => THEME_IDS.indexOf(a.theme) - THEME_IDS.indexOf(b.theme));
}

/**
 * The page-context matcher. One combined RegExp of short anchors (the start of each term's first
 * word) finds candidate positions in a single pass; each candidate is checked against the few
 * terms sharing its anchor with sticky RegExps, then in JavaScript (word boundaries, endings,
 * context rules, negation). Candidates are rare in real text, so the checks cost little.
 */
import { THEME_IDS } from '../../data/themes.ts';
import type { Theme } from '../../data/vocabulary-schema.ts';
import { isNegated, NEGATION_WINDOW_AFTER, NEGATION_WINDOW_BEFORE } from './negation.ts';
import { type CompiledTerm, compileTerm, patternOf } from './patterns.ts';
import { termKey, wordsAfter, wordsBefore } from './text.ts';
import { MAX_WORDS, type Matcher, type ScanResult, type ThemeHit } from './types.ts';
import { acceptAt } from './verify.ts';

interface Tally {
  count: number;
  negated: number;
  words: string[];
}

/** For every anchor: the terms that may start where it matched, longest first. */
function bucketsOf(terms: CompiledTerm[]): Map<string, CompiledTerm[]> {
  const keys = [...new Set(terms.map((t) => termKey(t.anchor)))];
  const buckets = new Map<string, CompiledTerm[]>();
  for (const key of keys) {
    // A longer anchor ("sexue") also admits terms whose anchor is a prefix of it ("sex").
    buckets.set(
      key,
      terms.filter((t) => key.startsWith(termKey(t.anchor))),
    );
  }
  return buckets;
}

export function compileMatcher(themes: readonly Theme[]): Matcher {
  const terms: CompiledTerm[] = [];
  themes.forEach((theme, i) => {
    for (const t of theme.terms) terms.push(compileTerm(t, i));
  });
  terms.sort((a, b) => b.key.length - a.key.length);
  const buckets = bucketsOf(terms);
  const anchors = [...new Set(terms.map((t) => t.anchor))].sort((a, b) => b.length - a.length);
  const combined = new RegExp(anchors.map(patternOf).join('|') || '(?!)', 'gi');
  // Matched anchor text as written ("Eskort", "ESKORT") → bucket, so termKey runs once per spelling.
  const bySpelling = new Map<string, CompiledTerm[]>();
  const bucketOf = (written: string): CompiledTerm[] => {
    let bucket = bySpelling.get(written);
    if (bucket === undefined) {
      bucket = buckets.get(termKey(written)) ?? [];
      if (bySpelling.size < 10_000) bySpelling.set(written, bucket);
    }
    return bucket;
  };

  function scan(text: string): ScanResult {
    const tallies: (Tally | undefined)[] = new Array(themes.length);
    const re = new RegExp(combined);
    let m: RegExpExecArray | null = re.exec(text);
    while (m !== null) {
      const at = m.index;
      let end = at + 1;
      let negation: boolean | undefined;
      let counted = 0;
      for (const t of bucketOf(m[0])) {
        // One mention per theme and position: the longest term wins.
        if (counted & (1 << t.themeIndex)) continue;
        const found = acceptAt(text, at, t);
        if (found === null) continue;
        counted |= 1 << t.themeIndex;
        end = Math.max(end, found.end);
        negation ??= isNegated(
          wordsBefore(text, found.start, NEGATION_WINDOW_BEFORE),
          wordsAfter(text, found.end, NEGATION_WINDOW_AFTER),
        );
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

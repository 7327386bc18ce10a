/** What the lexicon pass finds, tallied per set as the oracle (oracle.ts) tallies it. */
import type { Lexicon } from '../../../lib/matcher/compile.ts';
import { MAX_WORDS } from '../../../lib/matcher/index.ts';
import type { Tally } from './oracle.ts';

/** The word as the page wrote it: the text of the mention, lower-cased. */
function surface(text: string, start: number, end: number): string {
  return text
    .slice(start, end)
    .toLowerCase()
    .replace(/[\s\u00ad]+/g, ' ');
}

/**
 * Per set: mentions and words, keeping the covering mention where a set reports one inside another
 * (a longer term met at a later anchor after a shorter one: the reader keeps it too).
 */
export function lexiconTallies(lexicon: Lexicon, text: string): Tally[] {
  const all: { set: number; start: number; end: number }[] = [];
  lexicon.find(text, (set, start, end) => {
    all.push({ set, start, end });
  });
  const inside = (f: (typeof all)[number]) =>
    all.some(
      (g) =>
        g !== f &&
        g.set === f.set &&
        g.start <= f.start &&
        g.end >= f.end &&
        (g.start < f.start || g.end > f.end),
    );
  const found = all.filter((f) => !inside(f)).sort((a, b) => a.start - b.start);
  const out = Array.from({ length: lexicon.sets }, (): Tally => ({ count: 0, words: [] }));
  for (const { set, start, end } of found) {
    const tally = out[set] as Tally;
    tally.count++;
    const word = surface(text, start, end);
    if (tally.words.length < MAX_WORDS && !tally.words.includes(word)) tally.words.push(word);
  }
  return out;
}

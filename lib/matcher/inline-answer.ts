/**
 * A question and its answer in one sentence, as routine screening is written: "Frågat om sex mot
 * ersättning: ja, i våras", "Tillfrågad enl SEXIT om pengar för sex – nej på alla frågor". The
 * question cue makes the mention hypothetical (cues.ts); the answer after a colon or a dash
 * decides it: "ja" affirms, "nej" is the patient's denial. answered() (sentence-rules.ts) reads an
 * answer in the next sentence.
 */
import type { Polarity } from './context.ts';
import type { Token } from './sentences.ts';

/** Marks between a question and its answer. */
const SEPARATORS = new Set([':', '-', '–', '—']);
/** Words that may stand between the mark and the answer ("– pat: nej"). */
const SKIP = new Set([
  'pat',
  'pt',
  'patienten',
  'hon',
  'han',
  'hen',
  'svarar',
  'svarade',
  ':',
  '-',
  '–',
  '—',
  ',',
]);
/** How many tokens after a mention its answer's mark may stand. */
const REACH = 8;

export function answeredInSentence(
  tokens: readonly Token[],
  ends: readonly number[],
  polarities: readonly Polarity[],
): Polarity[] {
  return polarities.map((p, k) => {
    if (p !== 'hypothetical') return p;
    const from = ends[k] ?? tokens.length;
    for (let i = from; i < Math.min(tokens.length, from + REACH); i++) {
      if (!SEPARATORS.has(tokens[i]?.text ?? '')) continue;
      let j = i + 1;
      while (j < tokens.length && SKIP.has(tokens[j]?.text ?? '')) j++;
      const answer = tokens[j]?.text;
      if (answer === 'ja') return 'affirmed';
      if (answer === 'nej') return 'denied';
      return p;
    }
    return p;
  });
}

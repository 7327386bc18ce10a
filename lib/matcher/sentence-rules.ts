/**
 * Sentence-level rules of the reader that stand on their own: where a mention is not prose (a web
 * or mail address, "sex" as the number six), the tightest combination of parts, and a short next
 * sentence that answers a question ("Frågat om våld och SME. Pat förnekar båda.").
 */
import type { Polarity } from './context.ts';
import { AFFIRM, ANAPHORS, NUMBER_NOUNS } from './cues.ts';
import { endsSentence, paragraphBetween, sentenceEnd, tokenize } from './sentences.ts';
import { foldWord } from './text.ts';

const ANSWER_FILLERS = new Set([
  'till',
  'av',
  'dem',
  'det',
  'detta',
  'ocksa',
  'aven',
  'bestamt',
  'helt',
  'bada',
  'fragorna',
  'fragan',
  'ovan',
]);
/** Who answers and how, left out before the answer itself: "Pat kryssat nej.", "Svarade nej." */
const ANSWER_SUBJECTS = new Set(
  'pat pt patienten hon han hen , : - kryssat kryssade kryssar markerat markerade svarar svarade svarat'.split(
    ' ',
  ),
);
const DENIALS = new Set(['fornekar', 'fornekade', 'nekar', 'nekade', 'negerar', 'nej', 'tillbakavisar']);

/** Whether `at` lies in a web or mail address ("…/prostitution-och-manniskohandel/"): not prose. */
export function inAddress(text: string, at: number): boolean {
  let i = at;
  const floor = Math.max(0, at - 300);
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0) break;
    i--;
  }
  let j = at;
  const ceiling = Math.min(text.length, at + 300);
  while (j < ceiling) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0) break;
    j++;
  }
  const word = text.slice(i, j);
  return word.includes('://') || word.startsWith('www.') || /\w@\w/.test(word);
}

/** Whether a term's words are split by a line break ("köpa\n\nsex"): a new line ends a sentence. */
export function spansLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** "sex veckor", "sex st": the number six, not sex. */
export function isNumberSix(text: string, end: number): boolean {
  const m = /^[\s-]*([\p{L}]+)/u.exec(text.slice(end, end + 24));
  return m !== null && NUMBER_NOUNS.has(foldWord(m[1] ?? ''));
}

/** The tightest choice of one range per part whose words lie within `within` tokens of each other. */
export function closest(options: [number, number][][], within: number): [number, number][] | null {
  let best: [number, number][] | null = null;
  let bestSpan = Number.POSITIVE_INFINITY;
  const pick = (k: number, chosen: [number, number][]): void => {
    if (k === options.length) {
      const lo = Math.min(...chosen.map((r) => r[1]));
      const hi = Math.max(...chosen.map((r) => r[0]));
      const gap = hi - lo;
      // Parts may share a word ("för att **få** bo": exchange + a place to live), but one part
      // wholly inside another says nothing of its own.
      const inside = (r: [number, number], q: [number, number]) => q[0] <= r[0] && r[1] <= q[1];
      const overlap = chosen.some((r, x) => chosen.some((q, y) => x !== y && inside(r, q)));
      if (!overlap && gap <= within && gap < bestSpan) {
        bestSpan = gap;
        best = [...chosen];
      }
      return;
    }
    for (const r of (options[k] ?? []).slice(0, 8)) pick(k + 1, [...chosen, r]);
  };
  pick(0, []);
  return best;
}

/**
 * A short next sentence that answers the question of this one: "Pat förnekar båda.", "Nej.",
 * "Bekräftar." It applies only when it has no mention of its own and no blank line stands between.
 */
export function answered(text: string, end: number, nextMention: number, polarities: Polarity[]): Polarity[] {
  if (polarities.length === 0) return polarities;
  // The answer may follow one short sentence later: "Frågat om X. Rutinfråga ställd. Förnekar båda."
  let last = end;
  for (let hop = 0; hop < 2 && last < text.length; hop++) {
    let from = last + 1;
    while (from < text.length && endsSentence(text, from)) from++;
    const to = sentenceEnd(text, from);
    if (paragraphBetween(text, last, from)) return polarities;
    // "Självskada? Nej, ärren är från en hundattack.": a question's "Nej" answers it, whatever follows.
    if (hop === 0 && text.charCodeAt(end) === 63 && tokenize(text, from, to)[0]?.text === 'nej')
      return polarities.map((p) =>
        p === 'uncertain' || p === 'affirmed' || p === 'hypothetical' ? 'denied' : p,
      );
    if (to - from > 120 || nextMention < to) return polarities;
    const result = answerOf(text, from, to, polarities, text.charCodeAt(end) === 63);
    if (result !== null) return result;
    last = to;
  }
  return polarities;
}

function answerOf(
  text: string,
  from: number,
  to: number,
  polarities: Polarity[],
  question: boolean,
): Polarity[] | null {
  const words = tokenize(text, from, to)
    .map((t) => t.text)
    .filter((w) => !ANSWER_SUBJECTS.has(w));
  const head = words[0] ?? '';
  // "Pat förnekar båda.", "Nekar.", "Nej." — not "Nekar suicidtankar.", which denies its own object.
  const answer = words.every((w) => DENIALS.has(w) || ANAPHORS.has(w) || ANSWER_FILLERS.has(w));
  if (DENIALS.has(head) && answer) {
    // "Självskada? Nej.": the question mark made it a suspicion, the answer denies it.
    return polarities.map((p) =>
      p === 'affirmed' || p === 'hypothetical' || (question && p === 'uncertain') ? 'denied' : p,
    );
  }
  if (AFFIRM.has(head) || (head === 'svarar' && words[1] === 'ja')) {
    return polarities.map((p) => (p === 'hypothetical' || (question && p === 'uncertain') ? 'affirmed' : p));
  }
  return null;
}

const ASK = new Set(['fragar', 'fragade', 'fragat', 'undrar', 'undrade']);
/** Words that keep a question hypothetical: "ifall det skulle behövas", "frågar hypotetiskt". */
const TRULY_HYPOTHETICAL = new Set(['ifall', 'hypotetiskt', 'behovas', 'behov', 'allmant', 'generellt']);
/** The patient as the one who asks (folded words; an age before the verb counts too). */
const ASKERS = new Set([
  'pat',
  'pt',
  'patienten',
  'han',
  'hon',
  'man',
  'mannen',
  'kvinna',
  'kvinnan',
  'anonymt',
]);
/** The question is for someone else, or for material: "stöd för anhöriga", "broschyrer om sexköp". */
const FOR_OTHERS = new Set(
  'hennes hans sin sina kollega kollegan kollegas rakning vans dokumentar rutin rutiner student tentan anhoriga anhorig narstaende material broschyr broschyrer utbildning utbildningar undervisning undervisningen kurs kurser personalen van vannen vaninna pappa mamma bror syster sonen dottern maken frun sambon partnern utsatt utsatta lever'.split(
    ' ',
  ),
);
/** "… om det finns", "… vart man kan", "… om någon kan" */
const WHERE_HELP: readonly (readonly [string, string])[] = [
  ['det', 'finns'],
  ['man', 'kan'],
  ['nagon', 'kan'],
];

/**
 * A patient who asks whether there is help "för den som …" or "om man har tankar …" about own
 * impulses or buying sex most often speaks of themselves ("frågar om det finns hjälp för den som
 * köper sex"): a suspicion, not information given. Not when the sentence says it is hypothetical.
 * Folded tokens.
 */
export function asksForOwnHelp(tokens: readonly { text: string }[]): boolean {
  if (tokens.some((t) => TRULY_HYPOTHETICAL.has(t.text) || FOR_OTHERS.has(t.text))) return false;
  for (let i = 0; i < tokens.length; i++) {
    if (!ASK.has(tokens[i]?.text ?? '')) continue;
    // The patient asks: "Pat frågar …", "Man 55 frågar …", "Frågar …" at the start of the note.
    const before = [tokens[i - 1]?.text, tokens[i - 2]?.text];
    if (i > 0 && !before.some((w) => w !== undefined && (ASKERS.has(w) || /^\d+$/.test(w)))) continue;
    for (let j = i + 1; j < Math.min(tokens.length - 1, i + 7); j++) {
      const pair = [tokens[j]?.text, tokens[j + 1]?.text];
      if (WHERE_HELP.some(([a, b]) => pair[0] === a && pair[1] === b)) return true;
    }
  }
  return false;
}

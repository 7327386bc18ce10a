/**
 * The context of one mention in its sentence, ConText-style: which cues reach it (their scope
 * ends at a clause boundary, a conjunction that starts a new clause, or a stop word), and so its
 * polarity; and whether it is about someone else. Works on the tokens of one sentence.
 */
import {
  ATT_KEEPERS,
  CLAUSE_STARTERS,
  CONJUNCTIONS,
  CUES,
  type Cue,
  type CueCategory,
  PUNCTUATION,
  REPORTING,
  STOP_WORDS,
} from './cues.ts';
import type { Token } from './sentences.ts';
import { foldWord } from './text.ts';

export type Polarity = 'affirmed' | 'uncertain' | 'hypothetical' | 'negated' | 'denied';

/** A cue found in a sentence: tokens [start, end). */
export interface CueHit {
  cue: CompiledCue;
  start: number;
  end: number;
}

/** Token ranges [start, end) of the words a mention is made of (one per part of a combination). */
export type Cores = readonly (readonly [number, number])[];

export interface CompiledCue extends Cue {
  /** The phrase's folded words. */
  words: string[];
}

/** Cues by their first folded word, longest first. */
const BY_FIRST = new Map<string, CompiledCue[]>();
for (const cue of CUES) {
  const words = foldWord(cue.phrase).split(/\s+/);
  const list = BY_FIRST.get(words[0] ?? '') ?? [];
  list.push({ ...cue, words });
  BY_FIRST.set(words[0] ?? '', list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);

const REACH = { phrase: 6, clause: 8, object: 12 } as const;
/** Words that start a clause with a subject of its own (a new clause even inside an att-clause). */
const SUBJECTS = new Set([
  'hon',
  'han',
  'hen',
  'de',
  'vi',
  'jag',
  'du',
  'man',
  'pat',
  'pt',
  'patienten',
  'det',
  'den',
]);
/** Backward cues that are a bare word ("SME: nej", "Våld - inga") need only punctuation before them. */
const BARE_AFTER = new Set(['ingen', 'inga', 'inget', 'ej', 'inte', 'nej', 'negativt', 'negativ', 'neg']);
/** Nouns after a bare cue that it negates instead ("Suicidtankar, ingen plan": the thoughts stay). */
const OWN_OBJECT = new Set([
  'plan',
  'planer',
  'avsikt',
  'avsikter',
  'metod',
  'intention',
  'intentioner',
  'konkret',
]);
/** Words that say whose answer a bare "nej" is ("enl pat: nej"). */
const AS_SAID = new Set(['enl', 'enligt', 'pat', 'pt', 'patienten', 'pats', 'egen', 'uppgift']);
const SINCE = new Set(['sedan', 'sen', 'pa', 'under']);
/** "som tyder på", "som talar för", "som pekar på": a sign of what follows. */
const INDICATES = new Set(['tyder', 'talar', 'pekar']);
const RANK: Record<CueCategory, number> = { negated: 4, denied: 4, uncertain: 2, hypothetical: 1, pseudo: 0 };

/** "Ang tvångsäktenskap: …" heads a sentence with what was asked; "Söker ang …" says why she came. */
const HEADING_CUE: CompiledCue = {
  phrase: 'ang',
  category: 'hypothetical',
  direction: 'forward',
  reach: 'object',
  words: ['ang'],
};
const HEADING_WORDS = new Set(['ang', 'angaende', 'betraffande', 'avseende', 'rorande', 'gallande']);

/** Every cue in the sentence; where cues overlap the longest wins, so "kan inte uteslutas" is not "inte". */
export function findCues(tokens: readonly Token[]): CueHit[] {
  const found: CueHit[] = [];
  if (HEADING_WORDS.has(tokens[0]?.text ?? '')) found.push({ cue: HEADING_CUE, start: 0, end: 1 });
  for (let i = 0; i < tokens.length; i++) {
    const list = BY_FIRST.get(tokens[i]?.text ?? '');
    if (list === undefined) continue;
    let longest = 0;
    for (const cue of list) {
      if (cue.words.length < longest) break;
      if (cue.words.every((w, k) => tokens[i + k]?.text === w)) {
        found.push({ cue, start: i, end: i + cue.words.length });
        longest = cue.words.length;
      }
    }
  }
  // A pseudo-cue that shares a cue's last words and runs on is what those words mean: in "uppger
  // att hon inte vågar säga nej" the "inte" negates "vågar", not what follows.
  const pseudo = found.filter((h) => h.cue.category === 'pseudo');
  const live = found.filter(
    (h) =>
      h.cue.category === 'pseudo' ||
      !pseudo.some((p) => p.start > h.start && p.start < h.end && p.end > h.end),
  );
  live.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueHit[] = [];
  for (const hit of live) {
    // The same phrase may be both a forward and a backward cue ("nekar"): keep both.
    const same = (k: CueHit) => k.start === hit.start && k.end === hit.end;
    if (kept.some((k) => !same(k) && hit.start < k.end && k.start < hit.end)) continue;
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isClause(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_STARTERS.has(tokens[k]?.text ?? '')) return true;
  return false;
}

/** Whether a forward cue ending at token `from` reaches a mention whose words start at `to`. */
function reachesForward(tokens: readonly Token[], hit: CueHit, to: number, mentionEnd: number): boolean {
  const { reach } = hit.cue;
  const from = hit.end;
  if (to - from > REACH[reach]) return false;
  // Inside an att-clause the cue is about ("förnekar att hon säljer sex eller får betalt"),
  // coordinated verbs stay in its scope; elsewhere "och" + a verb starts a clause of its own.
  let inAtt = false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.text ?? '';
    // "inga ärr eller sår som tyder på självskada": what would show it stays in the negation.
    if (w === 'som' && INDICATES.has(tokens[k + 1]?.text ?? '') && k + 2 === to - 1) continue;
    if (STOP_WORDS.has(w) || w === 'som' || w === ')') return false;
    if (w === 'att') {
      // "förnekar att …", "misstanke om att …"; after the cue's own object ("frågan om våld att han
      // blev …") the att-clause belongs to another verb.
      const before = tokens[k - 1]?.text ?? '';
      const listed = CONJUNCTIONS.has(before) || before === ',';
      const keep = (reach === 'object' && (k === from || listed)) || ATT_KEEPERS.has(before);
      if (!keep) return false;
      inAtt = true;
      continue;
    }
    if (reach === 'phrase' && CLAUSE_STARTERS.has(w)) return false;
    // A comma ends what "inte", "ej" or a bare "inga" negates ("… om han inte betalar, 'sextortion'");
    // a denial or "inga tecken på" reaches over a list ("förnekar alkohol, droger, SME").
    if (w === ',' && reach !== 'object' && !(k - from <= 3 && listedWithEller(tokens, k))) return false;
    if (CONJUNCTIONS.has(w) || w === ',' || w === '(' || w === '-' || w === ':') {
      const next = k + 1;
      const nextWord = tokens[next]?.text ?? '';
      // "… och säljer sex", ", sambon slår henne": a new clause starts; "aldrig X eller Y" does not.
      if (w === 'eller' && hit.cue.category === 'negated') continue;
      const clause = next === to ? isClause(tokens, to, mentionEnd) : CLAUSE_STARTERS.has(nextWord);
      if (clause && !(inAtt && !SUBJECTS.has(nextWord))) return false;
    }
  }
  return true;
}

/**
 * Whether the comma at `k` separates items of one list closed by "eller" ("aldrig fått pengar,
 * presenter eller annat för sex"): a negation reaches over it, as over "eller" itself, when the
 * list is its own object (not "aldrig anhörig vid samtal om våld, heder eller sexualitet").
 */
function listedWithEller(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 3; j++) {
    const w = tokens[j]?.text ?? '';
    if (w === 'eller') return j > k + 1;
    if (w === ',' || CONJUNCTIONS.has(w) || STOP_WORDS.has(w) || CLAUSE_STARTERS.has(w) || w === '')
      return false;
  }
  return false;
}

/** Whether the cue ending at `from` takes in the words up to `to` as one phrase (no comma or "och"). */
function governs(tokens: readonly Token[], from: number, to: number): boolean {
  if (to < from) return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.text ?? '';
    if (w === ',' || CONJUNCTIONS.has(w) || STOP_WORDS.has(w)) return false;
  }
  return true;
}

/** Whether a backward cue starting at token `to` reaches back to a mention ending at `from`. */
/** The last word of an answer to every question asked ("nej på alla frågor", "nej till båda"). */
const ALL_ANSWERED = new Set([
  'fragor',
  'fragorna',
  'samtliga',
  'alla',
  'bada',
  'allt',
  'sadant',
  'detta',
  'dessa',
]);

function reachesBackward(tokens: readonly Token[], hit: CueHit, from: number): boolean {
  const to = hit.start;
  const bare = hit.cue.words.length === 1 && BARE_AFTER.has(hit.cue.words[0] ?? '');
  if (bare) {
    // "…, ingen plan": a bare cue with a word of its own after it negates that word, not the mention.
    const after = tokens[hit.end]?.text;
    if (after !== undefined && OWN_OBJECT.has(after)) return false;
    // "Sexuella övergrepp enl pat: nej": whose answer it is may stand between.
    let k = from;
    while (k < to && AS_SAID.has(tokens[k]?.text ?? '')) k++;
    const first = k;
    // "Frågat om våld eller trakasserier: nej": the answer after a colon takes in the list before it.
    // "Frågat om våld eller hot enl rutin – nej": after a question, the answer takes in what was asked.
    const listAnswer = () =>
      ANSWER_MARKS.has(tokens[to - 1]?.text ?? '') &&
      asked(tokens, from) &&
      answersList(tokens, first, to - 1);
    if (to - first > 2) return listAnswer();
    for (; k < to; k++)
      if (!PUNCTUATION.has(tokens[k]?.text ?? '') && !AS_SAID.has(tokens[k]?.text ?? '')) return listAnswer();
    // "SME: nej" needs a mark between; "nej" may also follow directly ("SME nej").
    return to > from || hit.cue.words[0] === 'nej';
  }
  // "Frågat om pengar för sex eller om hon blivit tvingad, nej på alla frågor": an answer to all
  // that was asked takes in every question of the sentence, also where the question word follows
  // ("Våld/hot efterfrågat enl HSLF-FS 2022:39 - inget sådant").
  if (ALL_ANSWERED.has(hit.cue.words[hit.cue.words.length - 1] ?? '') && asked(tokens, to)) return true;
  if (to - from > (hit.cue.words.length > 1 ? 8 : 6)) return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.text ?? '';
    if (STOP_WORDS.has(w) && w !== 'vilket') return false;
    if (CONJUNCTIONS.has(w) || w === ',') {
      // "X eller Y – förnekar" is a list; "X och förnekar Y" starts a clause of its own.
      const next = tokens[k + 1]?.text ?? '';
      if (CLAUSE_STARTERS.has(next) && !SUBJECTS.has(next)) return false;
      if (k + 1 === to && w !== ',') return false;
    }
  }
  return true;
}

/** A negation cue after a reporting verb of the patient is her denial ("uppger att hon inte …"). */
function reported(tokens: readonly Token[], before: number): boolean {
  for (let k = before - 1; k >= 0; k--) if (REPORTING.has(tokens[k]?.text ?? '')) return true;
  return false;
}

/** First words of the uncertain cues that are an evasive answer (cues.ts), folded. */
const EVASIVE = new Set([
  'vill',
  'svarar',
  'svarade',
  'blir',
  'blev',
  'undviker',
  'undvek',
  'byter',
  'bytte',
]);

export function polarityOf(tokens: readonly Token[], cues: readonly CueHit[], cores: Cores): Polarity {
  const first = cores[0]?.[0] ?? 0;
  const last = cores[cores.length - 1]?.[1] ?? first;
  let best: { category: CueCategory; distance: number } | null = null;
  // The hypothetical cues that reach the mention, and where the first uncertain one starts.
  const hypotheticals: CueHit[] = [];
  let uncertainAt = Number.POSITIVE_INFINITY;
  for (const hit of cues) {
    if (hit.cue.category === 'pseudo') continue;
    // A cue inside the mention's own words is part of it ("ingen lön", "vågar inte gå hem").
    if (cores.some(([s, e]) => hit.start >= s && hit.end <= e)) continue;
    let distance = -1;
    // A cue that runs into the mention's first word ("vid akut" + "akut fara") stands right before it.
    if (
      cores.some(([s, e]) => hit.start < s && hit.end > s && hit.end <= e) &&
      hit.cue.direction !== 'backward'
    )
      distance = 0;
    else if (cores.some(([s, e]) => hit.start < e && s < hit.end)) continue;
    if (distance < 0 && hit.cue.direction !== 'backward' && hit.end <= last) {
      // The first word of the mention after the cue: between two parts, the cue reaches the next part.
      const next = cores.find(([s]) => s >= hit.end);
      if (next && reachesForward(tokens, hit, next[0], last)) distance = next[0] - hit.end;
    }
    if (distance < 0 && hit.cue.direction !== 'forward' && hit.start >= last) {
      if (reachesBackward(tokens, hit, last)) distance = hit.start - last;
    }
    if (distance < 0) continue;
    // "inget pass – arbetsgivaren förvarar det": a bare determiner negates its noun, not the relation
    // a combination of parts describes.
    // "inga droger vid sex" negates the whole phrase: no mark or clause between the cue and the last part.
    if (
      hit.cue.reach === 'phrase' &&
      cores.length > 1 &&
      hit.cue.words.length === 1 &&
      !onePhrase(tokens, hit.end, last)
    )
      continue;
    let category = hit.cue.category;
    // "Har inte köpt sex sedan i våras": it happened, just not lately.
    if (
      category === 'negated' &&
      hit.cue.reach === 'clause' &&
      hit.end <= first &&
      SINCE.has(tokens[last]?.text ?? '')
    )
      continue;
    if (category === 'negated' && hit.cue.direction !== 'backward' && reported(tokens, hit.start))
      category = 'denied';
    if (category === 'hypothetical') hypotheticals.push(hit);
    // An evasive answer ("Frågan om sex mot ersättning vill hon inte svara på") is a suspicion the
    // question does not govern.
    if (category === 'uncertain' && !EVASIVE.has(hit.cue.words[0] ?? ''))
      uncertainAt = Math.min(uncertainAt, hit.start);
    const better =
      best === null ||
      RANK[category] > RANK[best.category] ||
      (RANK[category] === RANK[best.category] && distance < best.distance);
    if (better) best = { category, distance };
  }
  // "stöd för den som oroar sig över egna sexuella tankar": a worry inside what is only information
  // given or asked about is part of it; "info om Kvinnofridslinjen, oro för våld" is not.
  if (
    best?.category === 'uncertain' &&
    uncertainAt < tokens.length &&
    hypotheticals.some((h) => governs(tokens, h.end, uncertainAt))
  )
    return 'hypothetical';
  // "Förnekar våld men har fingermärken på överarmarna": a denial the note goes on to doubt.
  if (best?.category === 'denied' && doubtedAfter(tokens, last)) return 'uncertain';
  return best === null ? 'affirmed' : (best.category as Polarity);
}

/** Words of the question itself that may stand before its answer ("ställda vid inskrivning"). */
const ANSWER_FILLER = new Set(['som']);

/** Words of time inside a question ("våld i nuvarande eller tidigare relation: nej"). */
const WHEN_ASKED = new Set(['tidigare', 'nu', 'idag', 'numera']);

/** Marks an answer stands after: "…: nej", "… – nej", "…, negativt". */
const ANSWER_MARKS = new Set([':', '-', '–', '—', ',']);

/** Whether a question was put before token `at` ("Frågat om våld eller hot: nej"). */
function asked(tokens: readonly Token[], at: number): boolean {
  for (let k = 0; k < at; k++) {
    const w = tokens[k]?.text ?? '';
    if (/^(?:frag|rutinfrag|efterfrag|tillfrag|screen)/.test(w)) return true;
  }
  return false;
}

/** Whether tokens [from, to) are a short list of words ("eller trakasserier", ", hot och kontroll"). */
function answersList(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 8) return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.text ?? '';
    if (w === ',' || w === '/' || CONJUNCTIONS.has(w)) continue;
    if (
      !/^[\p{L}\p{N}]/u.test(w) ||
      (STOP_WORDS.has(w) && !WHEN_ASKED.has(w)) ||
      (CLAUSE_STARTERS.has(w) && !ANSWER_FILLER.has(w))
    )
      return false;
  }
  return true;
}

/** Whether tokens [from, to) hold no mark and no word that starts a clause: one noun phrase. */
function onePhrase(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.text ?? '';
    if (!/^[\p{L}\p{N}]/u.test(w) || CLAUSE_STARTERS.has(w) || CONJUNCTIONS.has(w)) return false;
  }
  return true;
}

/**
 * Whether the sentence goes on after the mention with "men" and something seen or told that
 * doubts the denial ("… men har fingermärken", "… men enligt sambon", "… men tvekar länge").
 */
function doubtedAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last; k < tokens.length - 1; k++) {
    if (tokens[k]?.text !== 'men') continue;
    for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
      const w = tokens[j]?.text ?? '';
      if (EVIDENCE.some((e) => w.startsWith(e))) return true;
    }
    return false;
  }
  return false;
}

/** Word starts that tell of something seen, found or told (folded, as tokens are). */
const EVIDENCE = [
  'mark',
  'fingermark',
  'blamark',
  'skad',
  'sar',
  'snitt',
  'arr',
  'petekier',
  'svullnad',
  'frakt',
  'tvek',
  'enligt',
  'visar',
  'hittat',
  'kopt',
  'skrivit',
  'berattar',
  'sager',
  'uppger',
  'beskriver',
];

export { aboutOther } from './experiencer.ts';

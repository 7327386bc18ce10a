/**
 * The context of one mention in its sentence, ConText-style: which cues reach it (their scope
 * ends at a clause boundary, a conjunction that starts a new clause, or a stop word), and so its
 * polarity; and whether it is about someone else. Works on the tokens of one sentence.
 */
import type { ThemeId } from '../../data/themes.ts';
import {
  ATT_KEEPERS,
  CLAUSE_STARTERS,
  CONJUNCTIONS,
  CUES,
  type Cue,
  type CueCategory,
  OTHER_PEOPLE,
  PARTNER_PEOPLE,
  PATIENT_WORDS,
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
/** Backward cues that are a bare word ("SME: nej", "Våld - inga") need only punctuation before them. */
const BARE_AFTER = new Set(['ingen', 'inga', 'inget', 'ej', 'inte', 'nej', 'negativt', 'negativ']);
const PUNCTUATION = new Set([':', '-', ',', '?', '(', ')', '/', '"']);
/** Situations where the person named before the mention is the one it is about, a partner too. */
const ACTOR_THEMES = new Set<ThemeId>(['sexkop', 'egen-sexualitet']);
const RANK: Record<CueCategory, number> = { negated: 4, denied: 4, uncertain: 2, hypothetical: 1, pseudo: 0 };

/** Every cue in the sentence; where cues overlap the longest wins, so "kan inte uteslutas" is not "inte". */
export function findCues(tokens: readonly Token[]): CueHit[] {
  const found: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const list = BY_FIRST.get(tokens[i]?.text ?? '');
    if (list === undefined) continue;
    for (const cue of list) {
      if (cue.words.every((w, k) => tokens[i + k]?.text === w)) {
        found.push({ cue, start: i, end: i + cue.words.length });
        break;
      }
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueHit[] = [];
  for (const hit of found) {
    if (kept.some((k) => hit.start < k.end && k.start < hit.end)) continue;
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
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.text ?? '';
    if (STOP_WORDS.has(w) || w === 'som' || w === ')') return false;
    if (w === 'att') {
      const keep = ATT_KEEPERS.has(tokens[k - 1]?.text ?? '') || (reach === 'object' && k === from);
      if (!keep && reach !== 'object') return false;
    }
    if (reach === 'phrase' && CLAUSE_STARTERS.has(w)) return false;
    if (CONJUNCTIONS.has(w) || w === ',' || w === '(' || w === '-' || w === ':') {
      const next = k + 1;
      // "… och säljer sex", ", sambon slår henne": a new clause starts.
      if (next === to ? isClause(tokens, to, mentionEnd) : CLAUSE_STARTERS.has(tokens[next]?.text ?? ''))
        return false;
    }
  }
  return true;
}

/** Whether a backward cue starting at token `to` reaches back to a mention ending at `from`. */
function reachesBackward(tokens: readonly Token[], hit: CueHit, from: number): boolean {
  const to = hit.start;
  const bare = hit.cue.words.length === 1 && BARE_AFTER.has(hit.cue.words[0] ?? '');
  if (bare) {
    if (to - from > 2) return false;
    for (let k = from; k < to; k++) if (!PUNCTUATION.has(tokens[k]?.text ?? '')) return false;
    // "SME: nej" needs a mark between; "nej" may also follow directly ("SME nej").
    return to > from || hit.cue.words[0] === 'nej';
  }
  if (to - from > 6) return false;
  for (let k = from; k < to; k++) {
    const w = tokens[k]?.text ?? '';
    if (STOP_WORDS.has(w) && w !== 'vilket') return false;
    if (CONJUNCTIONS.has(w) || w === ',' || w === ';') return false;
  }
  return true;
}

/** A negation cue after a reporting verb of the patient is her denial ("uppger att hon inte …"). */
function reported(tokens: readonly Token[], before: number): boolean {
  for (let k = before - 1; k >= 0; k--) if (REPORTING.has(tokens[k]?.text ?? '')) return true;
  return false;
}

export function polarityOf(tokens: readonly Token[], cues: readonly CueHit[], cores: Cores): Polarity {
  const first = cores[0]?.[0] ?? 0;
  const last = cores[cores.length - 1]?.[1] ?? first;
  let best: { category: CueCategory; distance: number } | null = null;
  for (const hit of cues) {
    if (hit.cue.category === 'pseudo') continue;
    if (cores.some(([s, e]) => hit.start < e && s < hit.end)) continue;
    let distance = -1;
    if (hit.cue.direction !== 'backward' && hit.end <= last) {
      // The first word of the mention after the cue: between two parts, the cue reaches the next part.
      const next = cores.find(([s]) => s >= hit.end);
      if (next && reachesForward(tokens, hit, next[0], last)) distance = next[0] - hit.end;
    }
    if (distance < 0 && hit.cue.direction !== 'forward' && hit.start >= last) {
      if (reachesBackward(tokens, hit, last)) distance = hit.start - last;
    }
    if (distance < 0) continue;
    let category = hit.cue.category;
    if (category === 'negated' && hit.cue.direction !== 'backward' && reported(tokens, hit.start))
      category = 'denied';
    const better =
      best === null ||
      RANK[category] > RANK[best.category] ||
      (RANK[category] === RANK[best.category] && distance < best.distance);
    if (better) best = { category, distance };
  }
  return best === null ? 'affirmed' : (best.category as Polarity);
}

/** Whether the mention is about someone else: "dottern säljer bilder", "maken köper sex". */
export function aboutOther(tokens: readonly Token[], cores: Cores, theme: ThemeId | null): boolean {
  const first = cores[0]?.[0] ?? 0;
  const inCore = (k: number) => cores.some(([s, e]) => k >= s && k < e);
  for (let k = first - 1, words = 0; k >= 0 && words < 6; k--) {
    if (inCore(k)) continue;
    const w = tokens[k]?.text ?? '';
    if (STOP_WORDS.has(w) || w === ':') return false;
    if (PATIENT_WORDS.has(w)) return false;
    if (OTHER_PEOPLE.has(w)) return true;
    if (theme !== null && ACTOR_THEMES.has(theme) && PARTNER_PEOPLE.has(w)) return true;
    if (!PUNCTUATION.has(w)) words++;
  }
  return false;
}

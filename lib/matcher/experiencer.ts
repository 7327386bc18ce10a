/**
 * Who a mention is about: the patient, or someone else named shortly before it in the same
 * clause ("dottern säljer bilder", "maken köper sex"), a pronoun standing for that person too.
 */
import type { ThemeId } from '../../data/themes.ts';
import { PUNCTUATION } from './cues.ts';
import { OTHER_PEOPLE, PARTNER_PEOPLE, PATIENT_OBJECTS, PATIENT_WORDS } from './people-words.ts';
import type { Token } from './sentences.ts';

type Cores = readonly (readonly [number, number])[];
/**
 * Situations where the person named before the mention is the one it is about, a partner too
 * ("maken köper sex", "hans fru har en relation med en annan man").
 */
const ACTOR_THEMES = new Set<ThemeId>(['sexkop', 'egen-sexualitet', 'hbtqi']);
/** Where the search for the person a mention is about stops: a new clause of contrast or a heading. */
const EXPERIENCER_STOPS = new Set(['men', 'dock', 'daremot', ':', 'berattar', 'uppger', 'sager']);
const PRONOUNS = new Set(['hon', 'han', 'hen', 'henne', 'honom']);
/** A child or young relative the caller speaks of, whom a later "henne"/"honom" stands for. */
const CHILDREN = new Set(
  'dotter dottern son sonen barnet bonusdotter bonusson styvdotter styvson systerdotter brorsdotter barnbarnet lillasyster lillebror systerson brorson'.split(
    ' ',
  ),
);
const THE_PATIENT = new Set(['pat', 'pt', 'patienten', 'patient']);
const HERS = new Set(['hennes', 'sin', 'pats', 'patientens']);
const REPORTS = new Set(['berattar', 'berattat', 'berattade', 'sager', 'sagt', 'uppger', 'uppgett']);
/** Between a child's word and "berättat": "dottern 14 år har berättat", "sonen (14) som berättat". */
const REPORT_FILLERS = new Set(['har', 'hade', 'som', 'ar', '(', ')', ',']);

/** A child who can tell: the word and an age of 5–17 right after it ("dottern 12 år", "sonen (14)"). */
function tellingChild(tokens: readonly Token[], at: number): boolean {
  if (!CHILDREN.has(tokens[at]?.text ?? '')) return false;
  for (let i = at + 1; i < Math.min(tokens.length, at + 4); i++) {
    const w = tokens[i]?.text ?? '';
    if (/^\d+$/.test(w)) return Number(w) >= 5 && Number(w) < 18;
    if (!REPORT_FILLERS.has(w)) return false;
  }
  return false;
}

/** "dottern 14 år har berättat att …": the report verb at `report` has a child of 5–17 as subject. */
function reportedByChild(tokens: readonly Token[], report: number): boolean {
  for (let i = report - 1; i >= Math.max(0, report - 5); i--) {
    const w = tokens[i]?.text ?? '';
    if (CHILDREN.has(w)) return tellingChild(tokens, i);
    if (!REPORT_FILLERS.has(w) && !/^\d+$/.test(w)) return false;
  }
  return false;
}

/**
 * "dottern 12 år har berättat att en äldre kusin tagit på henne": the one acted on is the child who
 * told, named earlier in the sentence, not the patient (an adult's daughter telling of her mother,
 * or a mother at BVC telling of her partner, stays the patient's).
 */
function childBefore(tokens: readonly Token[], k: number): boolean {
  for (let i = k - 1; i >= 0; i--) {
    const w = tokens[i]?.text ?? '';
    if (THE_PATIENT.has(w)) return false;
    if (REPORTS.has(w)) return reportedByChild(tokens, i);
  }
  return false;
}

/**
 * "hos kompisar", "hos mammas vänner": the person is where the patient stays, not a subject, unless
 * a clause of their own follows ("bor hos mamma som säljer sex").
 */
function atPlace(tokens: readonly Token[], k: number): boolean {
  if (tokens[k + 1]?.text === 'som') return false;
  const before = tokens[k - 1]?.text ?? '';
  return before === 'hos' || (/s$/.test(before) && tokens[k - 2]?.text === 'hos');
}

/** Whether the mention is about someone else: "dottern säljer bilder", "maken köper sex". */
export function aboutOther(tokens: readonly Token[], cores: Cores, theme: ThemeId | null): boolean {
  const first = cores[0]?.[0] ?? 0;
  const inCore = (k: number) => cores.some(([s, e]) => k >= s && k < e);
  let limit = 6;
  for (let k = first - 1, words = 0; k >= 0 && words < limit; k--) {
    if (inCore(k)) continue;
    const w = tokens[k]?.text ?? '';
    // "dottern (14) har berättat att pojkvännen slagit henne": the child tells of herself.
    if (REPORTS.has(w) && reportedByChild(tokens, k)) return true;
    if (EXPERIENCER_STOPS.has(w)) return false;
    // "dottern … där hon säljer bilder": a pronoun may stand for the person named before it.
    if (PRONOUNS.has(w)) {
      limit = 20;
      words++;
      continue;
    }
    if (PATIENT_WORDS.has(w)) return false;
    // "sover hos kompisars kompisar, betalar med sex": a person after "hos" is a place, not who acts.
    if (OTHER_PEOPLE.has(w) && !atPlace(tokens, k)) {
      // "familjen kontrollerar hennes telefon", "sonen har tagit henne hårt": for what is done to
      // someone, the other person is the one acting when the patient stands after them.
      if (theme !== null && !ACTOR_THEMES.has(theme) && theme !== 'sex-mot-ersattning') {
        for (let j = k + 1; j < tokens.length; j++)
          if (PATIENT_OBJECTS.has(tokens[j]?.text ?? '')) return childBefore(tokens, k);
      }
      return true;
    }
    // "hennes man som köper sex": her husband.
    const husband = w === 'man' && HERS.has(tokens[k - 1]?.text ?? '');
    if (theme !== null && ACTOR_THEMES.has(theme) && (PARTNER_PEOPLE.has(w) || husband)) return true;
    // An age beside the person ("dottern 14 år har …") is not a word between them and the mention.
    if (!PUNCTUATION.has(w) && !/^\d+$/.test(w) && w !== 'ar' && w !== 'arig' && w !== 'ariga') words++;
  }
  return false;
}

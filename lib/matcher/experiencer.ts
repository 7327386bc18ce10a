/**
 * Who a mention is about: the patient, or someone else named shortly before it in the same
 * clause ("dottern säljer bilder", "maken köper sex"), a pronoun standing for that person too.
 */
import type { ThemeId } from '../../data/themes.ts';
import { OTHER_PEOPLE, PARTNER_PEOPLE, PATIENT_OBJECTS, PATIENT_WORDS, PUNCTUATION } from './cues.ts';
import type { Token } from './sentences.ts';

type Cores = readonly (readonly [number, number])[];
/** Situations where the person named before the mention is the one it is about, a partner too. */
const ACTOR_THEMES = new Set<ThemeId>(['sexkop', 'egen-sexualitet']);
/** Where the search for the person a mention is about stops: a new clause of contrast or a heading. */
const EXPERIENCER_STOPS = new Set(['men', 'dock', 'daremot', ':', 'berattar', 'uppger', 'sager']);
const PRONOUNS = new Set(['hon', 'han', 'hen', 'henne', 'honom']);

/** Whether the mention is about someone else: "dottern säljer bilder", "maken köper sex". */
export function aboutOther(tokens: readonly Token[], cores: Cores, theme: ThemeId | null): boolean {
  const first = cores[0]?.[0] ?? 0;
  const inCore = (k: number) => cores.some(([s, e]) => k >= s && k < e);
  let limit = 6;
  for (let k = first - 1, words = 0; k >= 0 && words < limit; k--) {
    if (inCore(k)) continue;
    const w = tokens[k]?.text ?? '';
    if (EXPERIENCER_STOPS.has(w)) return false;
    // "dottern … där hon säljer bilder": a pronoun may stand for the person named before it.
    if (PRONOUNS.has(w)) {
      limit = 20;
      words++;
      continue;
    }
    if (PATIENT_WORDS.has(w)) return false;
    if (OTHER_PEOPLE.has(w)) {
      // "familjen kontrollerar hennes telefon", "sonen har tagit henne hårt": for what is done to
      // someone, the other person is the one acting when the patient stands after them.
      if (theme !== null && !ACTOR_THEMES.has(theme) && theme !== 'sex-mot-ersattning') {
        for (let j = k + 1; j < tokens.length; j++)
          if (PATIENT_OBJECTS.has(tokens[j]?.text ?? '')) return false;
      }
      return true;
    }
    if (theme !== null && ACTOR_THEMES.has(theme) && PARTNER_PEOPLE.has(w)) return true;
    if (!PUNCTUATION.has(w)) words++;
  }
  return false;
}

import type { ThemeId } from '../../data/themes.ts';

/**
 * What one situation ("theme") scored in a text. Only counts, modifiers and vocabulary terms leave
 * the page, never sentences or the words as the page wrote them.
 *
 * Every mention has exactly one polarity — affirmed, uncertain, hypothetical, negated or denied —
 * so negated + denied + uncertain + hypothetical ≤ count, and the rest are affirmed.
 */
export interface ThemeHit {
  theme: ThemeId;
  /** Every mention, negated ones included. */
  count: number;
  /** Ruled out by the clinician ("inga tecken på människohandel", "SME: nej"). */
  negated: number;
  /** Denied by the patient ("förnekar", "nekar till", "uppger att hon inte"): weaker than negated. */
  denied: number;
  /** Suspected or not excluded ("misstanke om", "kan inte uteslutas"): counts as present. */
  uncertain: number;
  /** Hypothetical, asked without an answer, or information given ("om behov uppstår", "informerad om"). */
  hypothetical: number;
  /** Mentions about someone else than the patient (a daughter, a partner who buys sex), any polarity. */
  other: number;
  /**
   * For who a person is (hbtqi): mentions in a paragraph that also says the person needs support
   * ("mår dåligt", "får höra hot", "vill prata med andra"), the theme's `need` part. Without it
   * such a theme suggests nothing on its own. Absent means 0.
   */
  need?: number;
  /** Vocabulary terms that matched (as written in the data, lower-cased), at most MAX_WORDS. */
  words: string[];
}

/** A resource named on the page ("Hänvisad till Terrafem"). */
export interface NamedHit {
  id: string;
  count: number;
  /**
   * Mentions inside a negation or denial ("ej Bris"; "avböjer kontakt med Terrafem" is not one),
   * or information given in a paragraph that says it was routine, that nothing is current, or that
   * rules a situation out ("info om Kvinnofridslinjen som rutin till alla gravida"): not a need.
   * Information given otherwise ("kan ringa Kvinnofridslinjen om behov uppstår") names it.
   */
  negated: number;
}

export const GENDERS = ['woman', 'man', 'trans', 'nonbinary'] as const;
export type Gender = (typeof GENDERS)[number];

/**
 * What the text says of the patient, as numbers and codes only. Merged over a page's text units,
 * so it keeps evidence (weights, first values in order) and is summed up by summarizePatient.
 */
export interface PatientFacts {
  /** Ages of the patient in order of appearance (at most MAX_VALUES). */
  ages: number[];
  /** Ages of someone else the note is about ("15-åriga dottern"), in order (at most MAX_VALUES). */
  otherAges: number[];
  /** The gender of someone else the note is about, from the word that names them ("dottern 15"), in order. */
  otherGenders: ('woman' | 'man')[];
  /** Evidence per gender: 4 for a word like "Kvinna, 32 år" or "transman", 1 per pronoun. */
  gender: Record<Gender, number>;
  /** Mentions of a need for an interpreter or of not speaking Swedish. */
  interpreter: number;
  /** Languages named as the patient's (ISO 639-1 codes, at most MAX_VALUES). */
  languages: string[];
  /** Mentions of children in the patient's home or care ("barnen", "två barn"): patient-children.ts. */
  children: number;
}

export interface ScanResult {
  /** Hits in THEME_IDS order; situations without a mention are left out. */
  hits: ThemeHit[];
  /** Named resources, by id. */
  named: NamedHit[];
  patient: PatientFacts;
}

export interface Matcher {
  scan(text: string): ScanResult;
}

export const MAX_WORDS = 5;
export const MAX_VALUES = 3;

export function emptyPatient(): PatientFacts {
  return {
    ages: [],
    otherAges: [],
    otherGenders: [],
    gender: { woman: 0, man: 0, trans: 0, nonbinary: 0 },
    interpreter: 0,
    languages: [],
    children: 0,
  };
}

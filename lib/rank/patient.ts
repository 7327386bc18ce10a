/** The patient values ranking uses, summed up from the evidence a page gave (lib/matcher/patient.ts). */
import { GENDERS, type Gender, type PatientFacts } from '../matcher/types.ts';

export interface PagePatient {
  /** The patient's age, or null. */
  age: number | null;
  /** The age of someone else the note is about ("15-åriga dottern"), or null. */
  otherAge: number | null;
  /** The gender of someone else the note is about ("sonen 19"), or null. */
  otherGender: 'woman' | 'man' | null;
  gender: Gender | null;
  interpreter: boolean;
  /** ISO 639 codes of languages named as the patient's. */
  languages: string[];
  /** Whether the note tells of children in the patient's home or care ("barnen", "två barn"). */
  children: boolean;
}

export const NO_PATIENT: PagePatient = {
  age: null,
  otherAge: null,
  otherGender: null,
  gender: null,
  interpreter: false,
  languages: [],
  children: false,
};

/** The weight of one identity word for the patient (lib/matcher/patient.ts). */
const IDENTITY = 4;

/** The leading gender when its evidence is at least twice the next one's. */
function leading(weights: Record<Gender, number>): Gender | null {
  // Said in words ("Pat är transkvinna", "ickebinär"): pronouns ("hon", "henne") do not outweigh it.
  const identity = weights.trans >= weights.nonbinary ? 'trans' : 'nonbinary';
  if (weights[identity] >= IDENTITY) return identity;
  const sorted = [...GENDERS].sort((a, b) => weights[b] - weights[a]);
  const [first, second] = sorted;
  if (first === undefined || weights[first] <= 0) return null;
  return second !== undefined && weights[first] < 2 * weights[second] ? null : first;
}

export function summarizePatient(facts: PatientFacts): PagePatient {
  return {
    age: facts.ages[0] ?? null,
    otherAge: facts.otherAges[0] ?? null,
    otherGender: facts.otherGenders[0] ?? null,
    gender: leading(facts.gender),
    interpreter: facts.interpreter > 0 || facts.languages.length > 0,
    languages: [...facts.languages],
    children: facts.children > 0,
  };
}

/**
 * Who a resource is for, against what the page says of the patient: an age outside its limits
 * excludes it; a gender, hbtqi focus or language it does not serve lowers it, never below what a
 * clinician could still choose by hand.
 */
import type { Resource } from '../../data/schema.ts';
import type { ThemeHit } from '../matcher/types.ts';
import type { AgeGroup } from './index.ts';
import type { PagePatient } from './patient.ts';

const AGE_GROUPS: Record<AgeGroup, [number, number]> = {
  under15: [0, 14],
  '15-17': [15, 17],
  '18-25': [18, 25],
  over25: [26, 120],
};

/** True when the resource's verified age limits exclude the patient; 'unknown' never excludes. */
export function excludedByAge(resource: Resource, opts: { age?: number; ageGroup?: AgeGroup }): boolean {
  const limits = resource.eligibility.age;
  if (limits === 'unknown' || limits === 'none') return false;
  const min = limits.min ?? 0;
  const max = limits.max ?? 200;
  if (opts.age !== undefined) return opts.age < min || opts.age > max;
  if (opts.ageGroup !== undefined) {
    const [lo, hi] = AGE_GROUPS[opts.ageGroup];
    return hi < min || lo > max;
  }
  return false;
}

const SERVES_GENDER = { woman: 'women', man: 'men', trans: 'trans', nonbinary: 'trans' } as const;

export function eligibility(
  resource: Resource,
  patient: PagePatient,
  age: number | null,
  opts: { ageGroup?: AgeGroup },
  hits: ReadonlyMap<string, ThemeHit>,
  aboutOther = false,
): { factor: number; reasons: string[] } {
  let factor = 1;
  const reasons: string[] = [];
  const e = resource.eligibility;
  if (e.age !== 'unknown' && e.age !== 'none' && e.age.max !== null && e.age.max < 18) {
    // A children's service when the page gives no age: possible, not first.
    if (age === null && opts.ageGroup === undefined) factor *= 0.6;
  }
  // A service made for children and young people, that they can reach themselves, fits a child
  // better than a general one; a staff-only service for children's cases (Barnahus) acts after a
  // report to social services, so it gets no lift of its own.
  const child = age !== null ? age < 18 : opts.ageGroup === 'under15' || opts.ageGroup === '15-17';
  const reachable = resource.audience.includes('patient');
  if (
    child &&
    reachable &&
    e.age !== 'unknown' &&
    e.age !== 'none' &&
    e.age.max !== null &&
    e.age.max <= 25
  ) {
    factor *= 1.5;
    reasons.push('för barn och unga');
  }
  if (e.gender !== 'unknown' && !e.gender.includes('any')) {
    // A known gender the service is not for excludes it: the patient's, or, when the note is about
    // someone else, theirs where the note says it ("sonen 19 … våldtagen": no line for women).
    const gender = aboutOther ? patient.otherGender : patient.gender;
    if (gender === null) factor *= 0.85;
    else if (e.gender.includes(SERVES_GENDER[gender])) {
      factor *= 1.1;
      reasons.push(`för ${gender === 'woman' ? 'kvinnor' : gender === 'man' ? 'män' : 'transpersoner'}`);
    } else return { factor: 0, reasons: [] };
  }
  if (e.hbtqi === true) {
    const hbtqi = hits.get('hbtqi');
    const found = hbtqi !== undefined && hbtqi.count > hbtqi.negated + hbtqi.denied;
    const trans = patient.gender === 'trans' || patient.gender === 'nonbinary';
    // A line only for trans people fits "gay", "lesbisk", "hbtq" no better than any line: the
    // boost is for a patient the note calls trans or non-binary.
    const transOnly = e.gender !== 'unknown' && e.gender.length === 1 && e.gender[0] === 'trans';
    if (trans || (found && !transOnly)) {
      factor *= 1.3;
      reasons.push('för hbtqi-personer');
    } else if (!found) factor *= 0.6;
  }
  // The note is about someone else (a daughter, a partner): lines that take relatives fit the caller.
  // One made for the people around her (not for her) fits them best.
  if (aboutOther && resource.audience.includes('relatives')) {
    factor *= resource.audience.includes('patient') ? 1.3 : 1.5;
    reasons.push('tar emot närstående');
  } else if (!aboutOther && resource.audience.includes('relatives') && !resource.audience.includes('patient'))
    // A line for the people around her when the note is about the patient herself: second to one she can use.
    factor *= 0.8;
  if (patient.interpreter && resource.languages !== 'unknown') {
    const l = resource.languages;
    const speaks = patient.languages.some((code) => l.languages.includes(code));
    if (speaks || l.interpreter === true) {
      factor *= 1.15;
      reasons.push(speaks ? 'talar patientens språk' : 'tolk finns');
    } else factor *= 0.7;
  }
  return { factor: Math.round(factor * 1000) / 1000, reasons };
}

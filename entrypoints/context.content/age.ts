/**
 * Opt-in: the patient's age from the first valid personal identity number on the page. Computed
 * in memory; only the number is reported, and only to narrow suggestions by age.
 */
import { findAge } from '../../lib/page/personnummer.ts';

export function createAgeReader(onAge: (age: number) => void) {
  let found: number | null = null;
  return {
    read(text: string): void {
      if (found !== null || text.length === 0) return;
      const age = findAge(text, new Date());
      if (age !== null) {
        found = age;
        onAge(age);
      }
    },
  };
}

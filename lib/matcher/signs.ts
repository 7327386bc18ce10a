/**
 * Signs that together suggest a situation no sentence names (data/vocabulary-schema.ts `signs`):
 * "Pat har ingen egen telefon och kan inte uppge någon adress. Mannen vill vara med vid alla
 * samtal." gives three signs of trafficking. Each sign is a part; a sign counts where the reader
 * found it affirmed (not negated, denied or only asked about) and about the patient. When a
 * paragraph ends, a situation with at least `min` different signs (and its `with` part, if any)
 * is found, as a suspicion.
 */
import type { Theme } from '../../data/vocabulary-schema.ts';
import type { Found } from './situations.ts';

interface CompiledSigns {
  theme: number;
  parts: number[];
  min: number;
  with: number | null;
  child: boolean;
}

export interface SignTally {
  /** Whether a mention of this set is a sign (its sentence must be read). */
  isSign(set: number): boolean;
  /**
   * Whether the sign is one of a child's (grooming): there another person acts ("en ny kompis på
   * nätet skickar presentkort"), so a word for someone else does not move it away from the patient.
   */
  childOnly(set: number): boolean;
  /** A mention of any set in the paragraph (for `with` parts). */
  seen(set: number): void;
  /** A sign the reader found affirmed and about the patient. */
  affirmed(set: number, term: string): void;
  /** Ends the paragraph: the situations its signs suggest. */
  flush(): Found[];
}

export function compileSigns(themes: readonly Theme[], partIndex: ReadonlyMap<string, number>): SignTally {
  const groups: CompiledSigns[] = [];
  themes.forEach((theme, i) => {
    for (const s of theme.signs) {
      const parts = s.parts.map((id) => partIndex.get(id));
      const other = s.with === undefined ? null : partIndex.get(s.with);
      if (parts.some((p) => p === undefined) || other === undefined) continue;
      groups.push({ theme: i, parts: parts as number[], min: s.min, with: other, child: s.child === true });
    }
  });
  const signSets = new Set(groups.flatMap((g) => g.parts));
  const adultSets = new Set(groups.flatMap((g) => (g.child ? [] : g.parts)));
  const withSets = new Set(groups.flatMap((g) => (g.with === null ? [] : [g.with])));
  const present = new Set<number>();
  const words = new Map<number, string>();
  return {
    isSign: (set) => signSets.has(set),
    childOnly: (set) => signSets.has(set) && !adultSets.has(set),
    seen(set) {
      if (withSets.has(set)) present.add(set);
    },
    affirmed(set, term) {
      if (!words.has(set)) words.set(set, term.toLowerCase());
    },
    flush() {
      const found: Found[] = [];
      if (words.size >= 2)
        for (const g of groups) {
          const given = g.parts.filter((p) => words.has(p));
          if (given.length < g.min || (g.with !== null && !present.has(g.with))) continue;
          found.push({
            theme: g.theme,
            cores: [],
            words: given.map((p) => words.get(p)).join(' + '),
            ...(g.child ? { child: true as const } : {}),
          });
        }
      words.clear();
      present.clear();
      return found;
    },
  };
}

/**
 * "Akut" as one row. On acute danger both the emergency line (112) and the police (114 14) serve
 * it, and both used to take a place of their own among the first three. The police are reached on
 * 112 when it is urgent; their own line is, by its data, for "när det inte är akut" (tips, a
 * report afterwards). So the police stand beside 112 in its row, and the places after it stay for
 * the talk and protection lines the clinician also needs (Kvinnofridslinjen, socialjouren). The
 * mirror of protection.ts, where a suspected trafficking victim gets the police first with 112
 * beside them.
 */
import type { Resource } from '../../data/schema.ts';
import type { Suggestion } from './index.ts';

/**
 * The ranked list with every other "Akut" suggestion folded into the emergency line's row
 * (`beside`); unchanged when there is no emergency line in "Akut" or nothing to fold.
 */
export function foldAkut(
  ranked: readonly Suggestion[],
  byId: ReadonlyMap<string, Pick<Resource, 'route'>>,
): Suggestion[] {
  const emergency = ranked.find(
    (s) => s.group === 'akut' && !s.negatedOnly && byId.get(s.id)?.route === 'emergency',
  );
  if (emergency === undefined) return [...ranked];
  const folded = ranked.filter((s) => s.group === 'akut' && s !== emergency && !s.negatedOnly);
  if (folded.length === 0) return [...ranked];
  const row: Suggestion = { ...emergency, beside: folded.map((s) => s.id) };
  return ranked.filter((s) => !folded.includes(s)).map((s) => (s === emergency ? row : s));
}

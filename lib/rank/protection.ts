/**
 * A suspected victim of trafficking: the national manual (Manual vid misstanke om människohandel,
 * "akut skydd") lists the police first, 114 14 or 112. When the page affirms or suspects
 * trafficking but signals no acute danger, the best police contact (one that would stand in "Akut"
 * on danger and serves trafficking) gets its own place above the contacts, with the emergency
 * number beside it, so the three contact places stay for the talk and support lines.
 */
import type { Resource } from '../../data/schema.ts';
import { ACUTE_FIT, isPositive, type PageFindings, type Suggestion } from './index.ts';

export interface Protection {
  /** The police contact to show first */
  suggestion: Suggestion;
  /** The emergency number's resource (route "emergency", 112) to show beside it; null when none */
  emergency: string | null;
}

type Info = Pick<Resource, 'serves' | 'route'>;

/** Null when the page does not point at trafficking, already has an Akut group, or no police line fits. */
export function protectionFor(
  findings: PageFindings,
  ranked: readonly Suggestion[],
  resources: ReadonlyMap<string, Info>,
  reachable: (id: string) => boolean,
): Protection | null {
  if (!findings.hits.some((h) => h.theme === 'manniskohandel' && isPositive(h))) return null;
  if (ranked.some((s) => s.group === 'akut')) return null;
  const police = ranked.find((s) => {
    const r = resources.get(s.id);
    return (
      r !== undefined &&
      !s.negatedOnly &&
      s.group !== 'learn' &&
      (r.serves['akut-fara'] ?? 0) >= ACUTE_FIT &&
      (r.serves.manniskohandel ?? 0) > 0 &&
      reachable(s.id)
    );
  });
  if (police === undefined) return null;
  let emergency: string | null = null;
  for (const [id, r] of resources)
    if (r.route === 'emergency' && id !== police.id && reachable(id)) {
      emergency = id;
      break;
    }
  return { suggestion: police, emergency };
}

/**
 * How strongly the page says a situation, for one resource: affirmed, suspected, only asked about,
 * about someone else, or only negated; and the reason the side panel shows for it.
 */
import type { Resource } from '../../data/schema.ts';
import type { ThemeHit } from '../matcher/types.ts';

const NEGATED_STRENGTH = 0.1;

export interface Strength {
  value: number;
  reason: string;
  positive: boolean;
}

export function strengthOf(hit: ThemeHit, label: string, resource: Resource): Strength {
  const refused = hit.negated + hit.denied;
  const positive = hit.count - refused;
  if (positive <= 0) {
    const reason = hit.negated > 0 ? `nämns som nekat: ${label}` : `patienten förnekar: ${label}`;
    return { value: NEGATED_STRENGTH, reason, positive: false };
  }
  const affirmed = positive - hit.uncertain - hit.hypothetical;
  // Asked about, or information given, and otherwise ruled out: as negated.
  if (refused > 0 && affirmed + hit.uncertain === 0) {
    const reason = hit.negated > 0 ? `nämns som nekat: ${label}` : `patienten förnekar: ${label}`;
    return { value: NEGATED_STRENGTH, reason, positive: false };
  }
  let value = affirmed > 0 ? 1 : hit.uncertain > 0 ? 0.9 : 0.45;
  value *= 1 + Math.log2(positive) * 0.15;
  let reason =
    affirmed > 0
      ? `sidan nämner: ${label}`
      : hit.uncertain > 0
        ? `misstanke om: ${label}`
        : `nämns som möjligt: ${label}`;
  if (hit.other >= hit.count) {
    reason = `gäller någon annan än patienten: ${label}`;
    if (!resource.audience.some((a) => a === 'relatives' || a === 'staff')) value *= 0.7;
  }
  return { value, reason, positive: true };
}

/** Said to be there: affirmed or suspected, not only asked about and not ruled out. */
export function isPositive(hit: ThemeHit | undefined): boolean {
  if (hit === undefined) return false;
  const positive = hit.count - hit.negated - hit.denied;
  return positive > 0 && !(hit.negated + hit.denied > 0 && positive === hit.hypothetical);
}

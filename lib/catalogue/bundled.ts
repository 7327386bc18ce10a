/**
 * The catalogue as the extension pages read it, and the small lookups they need. This module
 * must stay light: the popup imports it (no zod, no opening_hours, no search preparation).
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import type { CompiledHours } from '../hours/types.ts';
import type { SearchData, Synonyms } from '../search/types.ts';

export interface BundledCatalogue {
  format: 'hanvisa-bundle/1';
  version: string;
  /** When the derived data (hours tables) was computed */
  compiledAt: string;
  resources: Catalogue['resources'];
  vocabulary: Catalogue['vocabulary'];
  parts: Catalogue['parts'];
  search: SearchData;
  synonyms: Synonyms;
  /** Opening hours per channel, keyed by hoursKey(); absent or 'unknown' = not known */
  hours: Record<string, CompiledHours | 'unknown'>;
}

export function hoursKey(resourceId: string, channelIndex: number): string {
  return `${resourceId}#${channelIndex}`;
}

export function channelHours(
  catalogue: Pick<BundledCatalogue, 'hours'>,
  resourceId: string,
  channelIndex: number,
): CompiledHours | 'unknown' {
  return catalogue.hours[hoursKey(resourceId, channelIndex)] ?? 'unknown';
}

/**
 * The reader's model (lib/matcher/model.ts) in the extension: data/model/situations.json bundled
 * as text and parsed when first needed. A string of 500 KB costs a page almost nothing to load
 * where the same data as an object literal takes tens of milliseconds of script evaluation in the
 * task that injects the content script.
 */
import text from '../data/model/situations.json?raw';
import type { SituationModel } from '../lib/matcher/model.ts';

let parsed: SituationModel | null | undefined;

/** The bundled model, or undefined when its file cannot be read (the vocabulary then reads alone). */
export function situationModel(): SituationModel | undefined {
  if (parsed === undefined) {
    try {
      parsed = JSON.parse(text) as SituationModel;
    } catch (error) {
      console.warn('Hänvisa: the situation model file cannot be read:', String(error));
      parsed = null;
    }
  }
  return parsed ?? undefined;
}

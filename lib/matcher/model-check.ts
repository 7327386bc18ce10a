/** A cheap check that a model file can be read as one (model.ts); the schema itself is checked in tests. */
import type { SituationModel } from '../../data/model-schema.ts';

/** Throws when the model cannot be read as one (a cheap check; the schema is checked in tests). */
export function check(model: SituationModel): void {
  const { version, features, themes, threshold } = model ?? {};
  const ok =
    version === 1 &&
    Array.isArray(features) &&
    Array.isArray(themes) &&
    threshold > 0 &&
    threshold < 1 &&
    themes.every(
      (t) =>
        Array.isArray(t.index) &&
        Array.isArray(t.weight) &&
        t.index.length === t.weight.length &&
        Number.isFinite(t.bias) &&
        t.index.every((i) => Number.isInteger(i) && i >= 0 && i < features.length) &&
        t.weight.every(Number.isFinite),
    );
  if (!ok) throw new Error('situation model: malformed');
}

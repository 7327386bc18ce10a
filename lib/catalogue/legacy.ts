/**
 * Catalogues written before situations (format hanvisa-catalogue/1 with `themes` on resources and
 * theme → resource weights in the vocabulary) keep loading: each resource's `themes` becomes
 * `serves`, with the weight the old vocabulary gave it, under the situation the old theme became.
 * The old vocabulary itself is dropped; the reader then uses the extension's own (see
 * withVocabulary), since an old document's terms name themes that no longer exist.
 */

/** Old theme id → the situations it became. */
const BECAME: Record<string, readonly string[]> = {
  'sex-mot-ersattning': ['sex-mot-ersattning'],
  prostitution: ['sex-mot-ersattning'],
  sugardejting: ['sex-mot-ersattning'],
  manniskohandel: ['manniskohandel'],
  'barn-och-unga': ['barn-sexuell-exploatering'],
  sexkop: ['sexkop', 'egen-sexualitet'],
  hbtqi: ['hbtqi'],
  sjalvskada: ['sjalvskada'],
  'sexuellt-vald': ['sexuellt-vald', 'vald-nara-relation'],
};
/** The fit of an old theme a resource listed without a weight in the vocabulary. */
const DEFAULT_FIT = 0.5;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a vocabulary entry is an old theme (it lists resources). */
export function isLegacyTheme(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.resources);
}

/** Old theme → resource id → weight, from old vocabulary entries. */
function weightsOf(themes: readonly unknown[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const theme of themes) {
    if (!isObject(theme) || typeof theme.id !== 'string' || !Array.isArray(theme.resources)) continue;
    const weights = new Map<string, number>();
    for (const ref of theme.resources) {
      if (isObject(ref) && typeof ref.id === 'string' && typeof ref.weight === 'number')
        weights.set(ref.id, ref.weight);
    }
    out.set(theme.id, weights);
  }
  return out;
}

/** A resource with old `themes` and no `serves`, rewritten; anything else as it was. */
export function migrateResource(resource: unknown, oldThemes: readonly unknown[]): unknown {
  if (!isObject(resource) || !Array.isArray(resource.themes) || 'serves' in resource) return resource;
  const weights = weightsOf(oldThemes);
  const serves: Record<string, number> = {};
  for (const theme of resource.themes) {
    if (typeof theme !== 'string') continue;
    const weight = weights.get(theme)?.get(String(resource.id)) ?? DEFAULT_FIT;
    for (const situation of BECAME[theme] ?? []) serves[situation] = Math.max(serves[situation] ?? 0, weight);
  }
  const { themes: _old, ...rest } = resource;
  return { ...rest, serves };
}

/** A catalogue document of the old format, rewritten; a current one as it was. */
export function migrateDocument(data: unknown): unknown {
  if (!isObject(data) || !Array.isArray(data.resources)) return data;
  const vocabulary = Array.isArray(data.vocabulary) ? data.vocabulary : [];
  const old = vocabulary.filter(isLegacyTheme);
  const anyOld = old.length > 0 || data.resources.some((r) => isObject(r) && Array.isArray(r.themes));
  if (!anyOld) return data;
  return {
    ...data,
    resources: data.resources.map((r) => migrateResource(r, old)),
    vocabulary: vocabulary.filter((t) => !isLegacyTheme(t)),
  };
}

/**
 * What changes between two catalogue versions, field by field, for the administrator who reviews a
 * new version before serving it. Lists are matched by what identifies an entry (a channel by its
 * type, a source by its url, a site by its name), so adding one channel does not show every later
 * channel as changed. Changed phone numbers come first.
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import type { Resource } from '../../data/schema.ts';

type Scalar = string | number | boolean | null;
/** A field's value; a whole list entry (a channel, a source) when it was added or removed. */
type Leaf = Scalar | readonly Scalar[] | { readonly [key: string]: unknown };

export interface FieldChange {
  path: string;
  /** undefined: the field is not there */
  old?: Leaf;
  new?: Leaf;
}

export interface ResourceChange {
  id: string;
  name: string;
  numbersChanged: boolean;
  changes: FieldChange[];
}

export interface CatalogueDiff {
  old: { version: string; resources: number };
  new: { version: string; resources: number };
  added: { id: string; name: string; numbers: string[] }[];
  removed: { id: string; name: string }[];
  changed: ResourceChange[];
  vocabulary: { added: string[]; removed: string[]; changed: string[] };
}

type Keyed = (item: Record<string, unknown>, index: number, seen: Map<string, number>) => string;

const byCount =
  (field: string): Keyed =>
  (item, _, seen) => {
    const base = String(item[field]);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}#${n}`;
  };

/** How the entries of a list of objects are told apart, by the list's path. */
const KEYS: Record<string, Keyed> = {
  channels: byCount('type'),
  sources: byCount('url'),
  'eligibility.ageBySite': byCount('site'),
  law: byCount('ref'),
};

interface Flat {
  leaves: Map<string, Leaf>;
  /** Each entry of a list of objects, by its path ("channels[phone]") */
  entries: Map<string, Record<string, unknown>>;
}

function flatten(value: unknown, path: string, out: Flat): void {
  if (Array.isArray(value)) {
    const key = KEYS[path];
    if (!key && value.every((v) => v === null || typeof v !== 'object')) {
      out.leaves.set(path, value as Scalar[]);
      return;
    }
    const seen = new Map<string, number>();
    value.forEach((item, i) => {
      const at = `${path}[${key ? key(item as Record<string, unknown>, i, seen) : i}]`;
      if (item !== null && typeof item === 'object') out.entries.set(at, item as Record<string, unknown>);
      flatten(item, at, out);
    });
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
    return;
  }
  if (value !== undefined) out.leaves.set(path, value as Scalar);
}

export function flattenResource(resource: Resource): Flat {
  const out: Flat = { leaves: new Map(), entries: new Map() };
  flatten(resource, '', out);
  return out;
}

const VOICE_ENTRY = /^channels\[(phone|sms|textphone)(#\d+)?\]/;

/** A number changed, or a phone channel with a known number came or went. */
function isNumberChange(change: FieldChange): boolean {
  if (!VOICE_ENTRY.test(change.path)) return false;
  if (change.path.endsWith('.number')) return true;
  const hasNumber = (v: Leaf | undefined) =>
    v !== null && typeof v === 'object' && !Array.isArray(v) && 'number' in v && v.number !== 'unknown';
  return !change.path.includes('.') && (hasNumber(change.old) || hasNumber(change.new));
}

/** Numbers first, then hours, name, eligibility, coverage, sources, the rest; each alphabetically. */
function order(change: FieldChange): number {
  const { path } = change;
  if (isNumberChange(change)) return 0;
  if (/^channels\[[^\]]+\]\.hours/.test(path)) return 1;
  const groups = ['name', 'eligibility', 'coverage', 'sources'];
  const i = groups.findIndex((g) => path === g || path.startsWith(`${g}.`) || path.startsWith(`${g}[`));
  return i === -1 ? 6 : 2 + i;
}

const same = (a: Leaf | undefined, b: Leaf | undefined) => JSON.stringify(a) === JSON.stringify(b);

const change = (path: string, before: Leaf | undefined, after: Leaf | undefined): FieldChange => ({
  path,
  ...(before === undefined ? {} : { old: before }),
  ...(after === undefined ? {} : { new: after }),
});

const inside = (path: string, outer: string) => path.startsWith(`${outer}.`) || path.startsWith(`${outer}[`);

export function diffResource(old: Resource, next: Resource): FieldChange[] {
  const a = flattenResource(old);
  const b = flattenResource(next);
  const changes: FieldChange[] = [];
  // A list entry on one side only is one change, not one per field inside it.
  const whole: string[] = [];
  for (const path of new Set([...a.entries.keys(), ...b.entries.keys()])) {
    if ((a.entries.has(path) && b.entries.has(path)) || whole.some((w) => inside(path, w))) continue;
    whole.push(path);
    changes.push(change(path, a.entries.get(path), b.entries.get(path)));
  }
  for (const path of new Set([...a.leaves.keys(), ...b.leaves.keys()])) {
    const before = a.leaves.get(path);
    const after = b.leaves.get(path);
    if (!same(before, after) && !whole.some((w) => inside(path, w)))
      changes.push(change(path, before, after));
  }
  return changes.sort((x, y) => order(x) - order(y) || x.path.localeCompare(y.path));
}

function numbers(resource: Resource): string[] {
  return resource.channels.flatMap((c) => ('number' in c && c.number !== 'unknown' ? [c.number] : []));
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

export function diffCatalogues(old: Catalogue, next: Catalogue): CatalogueDiff {
  const before = byId(old.resources);
  const after = byId(next.resources);
  const changed: ResourceChange[] = [];
  for (const [id, resource] of after) {
    const previous = before.get(id);
    if (!previous) continue;
    const changes = diffResource(previous, resource);
    if (changes.length)
      changed.push({
        id,
        name: resource.name,
        numbersChanged: changes.some(isNumberChange),
        changes,
      });
  }
  changed.sort((x, y) => Number(y.numbersChanged) - Number(x.numbersChanged) || x.id.localeCompare(y.id));
  const themesBefore = byId(old.vocabulary);
  const themesAfter = byId(next.vocabulary);
  return {
    old: { version: old.version, resources: old.resources.length },
    new: { version: next.version, resources: next.resources.length },
    added: [...after.values()]
      .filter((r) => !before.has(r.id))
      .map((r) => ({ id: r.id, name: r.name, numbers: numbers(r) })),
    removed: [...before.values()].filter((r) => !after.has(r.id)).map((r) => ({ id: r.id, name: r.name })),
    changed,
    vocabulary: {
      added: [...themesAfter.keys()].filter((id) => !themesBefore.has(id)),
      removed: [...themesBefore.keys()].filter((id) => !themesAfter.has(id)),
      changed: [...themesAfter.keys()].filter(
        (id) =>
          themesBefore.has(id) &&
          JSON.stringify(themesBefore.get(id)) !== JSON.stringify(themesAfter.get(id)),
      ),
    },
  };
}

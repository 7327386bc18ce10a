/**
 * Resources an administrator hid by policy, removed from a catalogue's index (index-data.ts): every
 * per-entry array loses their rows, the distinct values stay (a value no entry uses matches
 * nothing). `origin` maps what is left to the stored entries, whose details are read by index.
 */
import type { Column, FieldSet } from '../search/columns.ts';
import type { IndexData } from './index-data.ts';

export interface Hidden {
  index: IndexData;
  /** Per entry left, its index in the stored catalogue */
  origin: Int32Array;
}

function keepRefs(column: Column, origin: Int32Array): Column {
  return { values: column.values, refs: Int32Array.from(origin, (i) => column.refs[i] ?? 0) };
}

export function hideFieldSet(set: FieldSet, origin: Int32Array): FieldSet {
  // Nothing hidden: every entry is where it was stored.
  if (set.columns.every((c) => c.refs.length === origin.length)) return set;
  return { ...set, columns: set.columns.map((c) => keepRefs(c, origin)) };
}

export function hideIndex(index: IndexData, hidden: readonly string[]): Hidden {
  const ids = index.search.ids;
  if (hidden.length === 0) return { index, origin: Int32Array.from(ids, (_, i) => i) };
  const gone = new Set(hidden);
  const origin = Int32Array.from(ids.flatMap((id, i) => (gone.has(id) ? [] : [i])));
  // Stored index → index after hiding (−1: hidden).
  const after = new Int32Array(ids.length).fill(-1);
  origin.forEach((stored, i) => {
    after[stored] = i;
  });
  const { search, rows } = index;
  const remap = (list: ArrayLike<number>) =>
    Int32Array.from(Array.from(list).flatMap((i) => ((after[i] ?? -1) < 0 ? [] : [after[i] ?? 0])));
  return {
    origin,
    index: {
      ...index,
      search: {
        ...search,
        ids: Array.from(origin, (i) => ids[i] ?? ''),
        primary: hideFieldSet(search.primary, origin),
        secondary: search.secondary && hideFieldSet(search.secondary, origin),
        phones: keepRefs(search.phones, origin),
        regions: search.regions && keepRefs(search.regions, origin),
        kinds: search.kinds && keepRefs(search.kinds, origin),
      },
      rows: {
        name: keepRefs(rows.name, origin),
        organisation: keepRefs(rows.organisation, origin),
        neutralName: keepRefs(rows.neutralName, origin),
        kind: keepRefs(rows.kind, origin),
      },
      byName: remap(index.byName),
      idSorted: remap(index.idSorted),
    },
  };
}

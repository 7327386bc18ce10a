import type { Resource } from '../../data/schema.ts';
import type { Sliced } from '../ingest/slices.ts';
import { sortedIndexes } from '../ingest/sort.ts';
import {
  type Column,
  ColumnBuilder,
  type FieldedSearchData,
  type FieldSet,
  fieldedSteps,
  indexes,
} from '../search/columns.ts';
import type { Synonyms } from '../search/types.ts';
import { type BundledCatalogue, hoursKey } from './bundled.ts';
import type { Packed } from './pack.ts';

/** What a result row shows of a resource; a Resource is one. */
export type Row = Pick<Resource, 'id' | 'kind' | 'name' | 'neutralName' | 'organisation'>;

export interface IndexData {
  format: 'hanvisa-index/1';
  version: string;
  compiledAt: string;
  synonyms: Synonyms;
  /** The search without purpose and description (`secondary`, stored apart) */
  search: FieldedSearchData;
  rows: { name: Column; organisation: Column; neutralName: Column; kind: Column };
  /** Entry indexes in Swedish name order: the list of everything under an empty search box */
  byName: ArrayLike<number>;
  /** Entry indexes in id order (as `<` compares): finding an entry by id, and the search's tie-break */
  idSorted: ArrayLike<number>;
}

/** One resource with the compiled hours of its channels: what its card needs. */
export interface Detail {
  resource: Resource;
  hours: BundledCatalogue['hours'];
}

/** The whole catalogue for ranking (side panel, background): as the bundled file has it. */
export type Everything = Pick<BundledCatalogue, 'resources' | 'vocabulary' | 'parts' | 'hours'>;

const NAME_ORDER = new Intl.Collator('sv');
const EVERY = 100;

export function detailOf(bundle: Pick<BundledCatalogue, 'hours'>, resource: Resource): Detail {
  const hours: Detail['hours'] = {};
  resource.channels.forEach((_, i) => {
    const table = bundle.hours[hoursKey(resource.id, i)];
    if (table !== undefined) hours[hoursKey(resource.id, i)] = table;
  });
  return { resource, hours };
}

/** The index of a bundled catalogue and its purpose/description part, as a task (typed arrays when `typed`). */
export function* indexSteps(
  bundle: Pick<BundledCatalogue, 'version' | 'compiledAt' | 'synonyms' | 'search' | 'resources'>,
  typed = false,
): Sliced<{ index: IndexData; secondary: FieldSet }> {
  const fielded = yield* fieldedSteps(bundle.search, typed);
  const byId = new Map(bundle.resources.map((r) => [r.id, r]));
  const rows = {
    name: new ColumnBuilder(),
    organisation: new ColumnBuilder(),
    neutralName: new ColumnBuilder(),
    kind: new ColumnBuilder(),
  };
  const names: string[] = [];
  for (const [i, id] of fielded.ids.entries()) {
    const r = byId.get(id);
    names.push(r?.name ?? id);
    rows.name.add(r?.name ?? id);
    rows.organisation.add(r?.organisation ?? '');
    rows.neutralName.add(r?.neutralName ?? '');
    rows.kind.add(r?.kind ?? 'information');
    if (i % EVERY === EVERY - 1) yield;
  }
  const byName = yield* sortedIndexes(names.length, (a, b) =>
    NAME_ORDER.compare(names[a] ?? '', names[b] ?? ''),
  );
  const ids = fielded.ids;
  const idSorted = yield* sortedIndexes(ids.length, (a, b) => {
    const x = ids[a] ?? '';
    const y = ids[b] ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const { secondary, ...search } = fielded;
  return {
    index: {
      format: 'hanvisa-index/1',
      version: bundle.version,
      compiledAt: bundle.compiledAt,
      synonyms: bundle.synonyms,
      search: { ...search, secondary: null },
      rows: {
        name: rows.name.build(typed),
        organisation: rows.organisation.build(typed),
        neutralName: rows.neutralName.build(typed),
        kind: rows.kind.build(typed),
      },
      byName: typed ? indexes(byName, ids.length) : [...byName],
      idSorted: typed ? indexes(idSorted, ids.length) : [...idSorted],
    },
    secondary: secondary ?? { columns: [], tokens: { tokens: [], postings: [] } },
  };
}

export function indexOf(
  bundle: Parameters<typeof indexSteps>[0],
  typed = false,
): {
  index: IndexData;
  secondary: FieldSet;
} {
  const task = indexSteps(bundle, typed);
  for (;;) {
    const step = task.next();
    if (step.done) return step.value;
  }
}

/**
 * A catalogue made ready at ingest: the bundle (hours, search strings) and its index in two parts,
 * packed as they are stored (pack.ts).
 */
export interface Prepared {
  bundle: BundledCatalogue;
  index: Packed<IndexData>;
  secondary: Packed<FieldSet>;
}

/** A stored index as this version writes it; a value the browser damaged, or another layout, is not. */
export function looksLikeIndex(raw: unknown): raw is IndexData {
  const x = raw as Partial<IndexData> | null;
  const ids = x?.search?.ids;
  return (
    typeof raw === 'object' &&
    x?.format === 'hanvisa-index/1' &&
    Array.isArray(ids) &&
    Array.isArray(x.search?.primary?.columns) &&
    x.search.primary.columns.every((c) => Array.isArray(c.values) && c.refs?.length === ids.length) &&
    x.search.phones?.refs?.length === ids.length &&
    x.rows?.name?.refs?.length === ids.length &&
    x.byName?.length === ids.length &&
    x.idSorted?.length === ids.length
  );
}

/**
 * How a prepared catalogue is cut into the pieces platform/catalogue-db.ts stores, and put together
 * again: "head" (synonyms, vocabulary), "resources", "search" and "hours" (each schedule once) in
 * chunks, so no single structured clone is large.
 */
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';
import type { CompiledHours } from '../lib/hours/types.ts';
import type { SearchData } from '../lib/search/types.ts';

type Head = Omit<BundledCatalogue, 'resources' | 'hours' | 'search'> & { search: Pick<SearchData, 'format'> };
export type Part = 'head' | 'resources' | 'search' | 'hours';
type SearchChunk = Partial<Omit<SearchData, 'format'>>;
/** Channel key → index into `tables`: thousands of channels share a few thousand schedules. */
type HoursChunk = { keys: string[]; refs: number[]; tables: (CompiledHours | 'unknown')[] };
const RESOURCES_PER_CHUNK = 250;
const SEARCH_PER_CHUNK = 1000;
const HOURS_PER_CHUNK = 1000;

/** The per-entry arrays of the search data; `regions` and `kinds` (data prepared before them) may be absent. */
const SEARCH_FIELDS = [
  'ids',
  'primary',
  'primaryOffsets',
  'secondary',
  'secondaryOffsets',
  'phones',
  'regions',
  'kinds',
] as const;

/** The pieces a catalogue is stored in, as [part, n, value]; each is small enough to clone quickly. */
export function piecesOf(bundle: BundledCatalogue): [Part, number, unknown][] {
  const { resources, hours, search, ...rest } = bundle;
  const out: [Part, number, unknown][] = [['head', 0, { ...rest, search: { format: search.format } }]];
  for (let i = 0; i * RESOURCES_PER_CHUNK < resources.length; i++)
    out.push(['resources', i, resources.slice(i * RESOURCES_PER_CHUNK, (i + 1) * RESOURCES_PER_CHUNK)]);
  for (let i = 0; i * SEARCH_PER_CHUNK < search.ids.length; i++) {
    const at = i * SEARCH_PER_CHUNK;
    const chunk: SearchChunk = {};
    for (const f of SEARCH_FIELDS) {
      const values = search[f];
      if (values) (chunk as Record<string, unknown>)[f] = values.slice(at, at + SEARCH_PER_CHUNK);
    }
    out.push(['search', i, chunk]);
  }
  const entries = Object.entries(hours);
  for (let i = 0; i * HOURS_PER_CHUNK < entries.length; i++) {
    const chunk: HoursChunk = { keys: [], refs: [], tables: [] };
    const index = new Map<CompiledHours | 'unknown', number>();
    for (const [key, table] of entries.slice(i * HOURS_PER_CHUNK, (i + 1) * HOURS_PER_CHUNK)) {
      let at = index.get(table);
      if (at === undefined) {
        at = chunk.tables.push(table) - 1;
        index.set(table, at);
      }
      chunk.keys.push(key);
      chunk.refs.push(at);
    }
    out.push(['hours', i, chunk]);
  }
  return out;
}

/** The catalogue from its pieces, in the order they were written; null without a head. */
export function fromPieces(pieces: Iterable<[Part, unknown]>): BundledCatalogue | null {
  let head: Head | undefined;
  const resources: BundledCatalogue['resources'] = [];
  const hours: BundledCatalogue['hours'] = {};
  const search: Omit<SearchData, 'format'> = {
    ids: [],
    primary: [],
    primaryOffsets: [],
    secondary: [],
    secondaryOffsets: [],
    phones: [],
  };
  for (const [part, value] of pieces) {
    if (part === 'head') head = value as Head;
    else if (part === 'resources') resources.push(...(value as BundledCatalogue['resources']));
    else if (part === 'search') {
      const chunk = value as SearchChunk;
      for (const field of SEARCH_FIELDS) {
        const values = chunk[field];
        if (!values) continue;
        if (field === 'regions') search.regions ??= [];
        if (field === 'kinds') search.kinds ??= [];
        (search[field] as unknown[]).push(...values);
      }
    } else if (part === 'hours') {
      const chunk = value as HoursChunk;
      chunk.keys.forEach((k, j) => {
        const table = chunk.tables[chunk.refs[j] ?? -1];
        if (table !== undefined) hours[k] = table;
      });
    }
  }
  if (!head) return null;
  return { ...head, search: { ...search, format: head.search.format }, resources, hours };
}

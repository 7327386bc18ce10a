/**
 * The catalogue as a page holds it: the compact index (index-data.ts) at once, and the rest when it
 * is needed. Purpose and description (for the search) after the first results, one resource's
 * details when its card opens, everything when the side panel or the background rank
 * suggestions. `loaded` changes when a part arrives, so what was computed without it is computed
 * again. Where the parts come from is the caller's (IndexedDB in platform/catalogue-db.ts, memory
 * for the bundled file in bundle-view.ts). Pure: no browser globals.
 */
import { signal } from '@preact/signals';
import { macrotask } from '../ingest/slices.ts';
import type { FieldSet } from '../search/columns.ts';
import { createFieldedSearcher, type FieldedSearcher } from '../search/fielded.ts';
import type { Synonyms } from '../search/types.ts';
import { hideListed } from './hide.ts';
import { hideFieldSet, hideIndex } from './hide-index.ts';
import { type Detail, detailOf, type Everything, type IndexData, type Row } from './index-data.ts';

export type CatalogueSource = 'remote' | 'bundled';

/** The parts of a stored catalogue beyond its index, by stored entry index. */
export interface CatalogueParts {
  secondary(): Promise<FieldSet | null>;
  detail(stored: number): Promise<Detail | null>;
  everything(): Promise<Everything>;
}

export class CatalogueView {
  readonly version: string;
  readonly compiledAt: string;
  readonly synonyms: Synonyms;
  readonly count: number;
  readonly ids: readonly string[];
  readonly byName: ArrayLike<number>;
  /** Changes whenever a part arrives (purpose and description, a resource's details). */
  readonly loaded = signal(0);
  private readonly index: IndexData;
  private readonly origin: Int32Array;
  private readonly idSorted: ArrayLike<number>;
  private current: FieldedSearcher;
  private secondaryLoad: Promise<void> | undefined;
  private readonly details = new Map<string, Detail | null>();
  private readonly pending = new Map<string, Promise<Detail | null>>();
  private all: Promise<Everything> | undefined;
  private allDetails: Promise<void> | undefined;

  constructor(
    readonly source: CatalogueSource,
    stored: IndexData,
    private readonly parts: CatalogueParts,
    private readonly hidden: readonly string[] = [],
  ) {
    const { index, origin } = hideIndex(stored, hidden);
    this.index = index;
    this.origin = origin;
    this.version = index.version;
    this.compiledAt = index.compiledAt;
    this.synonyms = index.synonyms;
    this.ids = index.search.ids;
    this.count = this.ids.length;
    this.byName = index.byName;
    this.idSorted = index.idSorted;
    // Each entry's place in id order: the search's tie-break between equal scores.
    const idOrder = new Int32Array(this.count);
    for (let place = 0; place < this.count; place++) idOrder[index.idSorted[place] ?? 0] = place;
    this.current = createFieldedSearcher({ ...index.search, idOrder }, index.synonyms);
  }

  row(idx: number): Row {
    const { name, organisation, neutralName, kind } = this.index.rows;
    const at = (c: typeof name) => c.values[c.refs[idx] ?? 0] ?? '';
    const neutral = at(neutralName);
    return {
      id: this.ids[idx] ?? '',
      name: at(name),
      organisation: at(organisation),
      kind: at(kind) as Row['kind'],
      ...(neutral === '' ? {} : { neutralName: neutral }),
    };
  }

  /** An entry's index by its id: a binary search in id order (no table of 10,000 ids to build). */
  indexOf(id: string): number | undefined {
    let lo = 0;
    let hi = this.count - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const idx = this.idSorted[mid] ?? 0;
      const at = this.ids[idx] ?? '';
      if (at === id) return idx;
      if (at < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  rowOf(id: string): Row | undefined {
    const idx = this.indexOf(id);
    return idx === undefined ? undefined : this.row(idx);
  }

  /** The first entry with a known phone number, in catalogue order. */
  firstWithPhone(): string | undefined {
    const { phones } = this.index.search;
    for (let i = 0; i < this.count; i++) if (phones.values[phones.refs[i] ?? 0] !== '') return this.ids[i];
    return undefined;
  }

  /** The search over what is loaded; a new one once purpose and description are in. */
  get searcher(): FieldedSearcher {
    return this.current;
  }

  /** Loads purpose and description for the search (once); resolves when they are in use. */
  completeSearch(): Promise<void> {
    this.secondaryLoad ??= this.current.complete
      ? Promise.resolve()
      : this.parts.secondary().then(async (set) => {
          if (!set) return;
          // Its search tables, then the lists shown again with it: each a task of its own.
          await macrotask();
          this.current = this.current.withSecondary(hideFieldSet(set, this.origin));
          await macrotask();
          this.loaded.value += 1;
        });
    return this.secondaryLoad;
  }

  /** Details already in memory (the bundled file): no card waits for them. */
  preload(details: readonly Detail[]): void {
    for (const d of details)
      if (this.indexOf(d.resource.id) !== undefined) this.details.set(d.resource.id, d);
  }

  /** A resource's details if they are here already; undefined while not loaded (or unknown). */
  detailNow(id: string): Detail | null | undefined {
    return this.details.get(id);
  }

  loadDetail(id: string): Promise<Detail | null> {
    const known = this.details.get(id);
    if (known !== undefined) return Promise.resolve(known);
    const idx = this.indexOf(id);
    if (idx === undefined) return Promise.resolve(null);
    let pending = this.pending.get(id);
    if (!pending) {
      pending = this.parts
        .detail(this.origin[idx] ?? -1)
        .catch(() => null)
        .then((detail) => {
          const found = detail?.resource.id === id ? detail : null;
          this.details.set(id, found);
          this.pending.delete(id);
          this.loaded.value += 1;
          return found;
        });
      this.pending.set(id, pending);
    }
    return pending;
  }

  /** Every resource's details at hand, from everything() (the whole list through a filter). */
  loadAllDetails(): Promise<void> {
    this.allDetails ??= this.everything().then((all) => {
      this.preload(all.resources.map((r) => detailOf(all, r)));
      this.loaded.value += 1;
    });
    return this.allDetails;
  }

  /** Every resource, with the vocabulary and the hours: for ranking and the page reader. */
  everything(): Promise<Everything> {
    this.all ??= this.parts.everything().then((all) => hideListed(all, this.hidden));
    return this.all;
  }
}

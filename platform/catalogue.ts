/**
 * Where the extension pages get the catalogue: the remote catalogue the background stored, when
 * an administrator configured one and it has been taken into use; otherwise the bundled file from
 * the extension package (not a network request). Either way a CatalogueView
 * (lib/catalogue/view.ts) without the resources hidden by policy. A stored catalogue is opened
 * with its compact index only; its other parts are read from IndexedDB when a page needs them.
 */
import { browser } from 'wxt/browser';
import { viewOfBundle } from '../lib/catalogue/bundle-view.ts';
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';
import { type Detail, type Everything, type IndexData, looksLikeIndex } from '../lib/catalogue/index-data.ts';
import { type Packed, unpack, unpackSteps } from '../lib/catalogue/pack.ts';
import { type CatalogueSource, CatalogueView } from '../lib/catalogue/view.ts';
import { macrotask, runSliced } from '../lib/ingest/slices.ts';
import type { FieldSet } from '../lib/search/columns.ts';
import { looksLikeStoredCatalogue, storedPagePolicy } from '../lib/storage/stored-values.ts';
import type { ActiveRef } from './catalogue-db.ts';
import type { Head } from './catalogue-pieces.ts';
import { readActiveIndex, readEntries, readPacked, readPiece, readUsableRef } from './catalogue-read.ts';
import { type PagePolicy, pagePolicyItem, readPagePolicyFromManaged } from './page-policy.ts';
import { remoteCatalogueItem, remoteStateItem, type StoredRemoteCatalogue } from './remote-catalogue.ts';

export type { CatalogueSource } from '../lib/catalogue/view.ts';

let cached: Promise<CatalogueView> | undefined;

export function bundledCatalogueUrl(): string {
  // A generated file: WXT's typed PublicPath list only knows files in public/.
  return (browser.runtime.getURL as (path: string) => string)('/catalogue.json');
}

async function parseBundled(response: Promise<Response>): Promise<BundledCatalogue> {
  const r = await response;
  if (!r.ok) throw new Error(`bundled catalogue: HTTP ${r.status}`);
  return (await r.json()) as BundledCatalogue;
}

export function fetchBundledCatalogue(): Promise<BundledCatalogue> {
  return parseBundled(fetch(bundledCatalogueUrl()));
}

/** The whole catalogue of a stored generation: its vocabulary and every entry, a batch at a time. */
async function everythingOf(generation: number): Promise<Everything> {
  const head = (await readPiece(generation, 'head')) as Head | undefined;
  if (!head) throw new Error('the stored catalogue is gone');
  const entries = await readEntries(generation, macrotask);
  const hours: Everything['hours'] = {};
  for (const entry of entries) Object.assign(hours, entry.hours);
  return { resources: entries.map((e) => e.resource), vocabulary: head.vocabulary, parts: head.parts, hours };
}

/**
 * The view of a stored index: unpacked, then (a task later) its search tables made. For 10,000
 * entries the two were one task of 50 ms in a popup that had just opened (code not yet optimised).
 */
async function storedView(ref: ActiveRef, packed: Packed<IndexData>, hidden: readonly string[]) {
  let index: unknown;
  try {
    index = unpack(packed);
  } catch {
    return null; // damaged
  }
  if (!looksLikeIndex(index)) return null;
  await macrotask();
  const g = ref.generation;
  return new CatalogueView(
    'remote',
    index,
    {
      // After the first results, in pieces: 4 MB of text for 10,000 entries.
      secondary: async () => {
        const set = (await readPacked(g, 'secondary')) as Packed<FieldSet> | undefined;
        return set === undefined ? null : runSliced(unpackSteps(set));
      },
      detail: async (n) => ((await readPiece(g, 'entry', n)) as Detail | undefined) ?? null,
      everything: () => everythingOf(g),
    },
    hidden,
  );
}

/**
 * The stored remote catalogue and its address: the one in IndexedDB, or where there is none yet a
 * copy an earlier version kept in storage.local. A value the browser damaged counts as none: the
 * bundled catalogue is used instead. Null also when IndexedDB cannot be opened.
 */
export async function storedRemoteView(
  hidden: readonly string[],
  reading: ReturnType<typeof readIndex> = readIndex(),
): Promise<{ url: string; view: CatalogueView } | null> {
  const stored = await reading;
  // The index is unpacked and its search tables made each in a task of their own, between the read
  // and the first render: for 10,000 entries the four were one task of 40–70 ms.
  if (stored) await macrotask();
  const view = stored && (await storedView(stored.ref, stored.index, hidden));
  if (stored && view) {
    await macrotask();
    return { url: stored.ref.url, view };
  }
  const legacy = await remoteCatalogueItem.getValue();
  if (!looksLikeStoredCatalogue(legacy)) return null;
  const { url, bundle } = legacy as StoredRemoteCatalogue;
  return { url, view: viewOfBundle(bundle, hidden, 'remote') };
}

/** The stored index, or null (none, or the store could not be read). */
function readIndex() {
  return readActiveIndex().catch((error: unknown) => {
    console.warn('Hänvisa: the catalogue store could not be read:', error);
    return null;
  });
}

/** The address of the stored remote catalogue (without opening it); null when none is stored. */
export async function storedCatalogueUrl(): Promise<string | null> {
  const ref = await readUsableRef().catch(() => null);
  if (ref) return ref.url;
  const legacy = await remoteCatalogueItem.getValue();
  return looksLikeStoredCatalogue(legacy) ? (legacy as StoredRemoteCatalogue).url : null;
}

/**
 * The catalogue in use and where it came from. The bundled file is requested at once, and the
 * stored index read, beside the policy (waiting for the policy first cost the popup about 30 ms);
 * each is parsed only when it is the one used. The read never creates the store, so an install
 * without a remote catalogue has none. Managed storage is read only when the background has not
 * mirrored the policy yet (platform/page-policy.ts).
 */
export async function activeCatalogue(): Promise<{
  source: CatalogueSource;
  view: CatalogueView;
  hidden: string[];
}> {
  const bundled = fetch(bundledCatalogueUrl());
  bundled.catch(() => undefined); // not needed when a remote catalogue is in use
  const reading = readIndex();
  const mirror = storedPagePolicy(await pagePolicyItem.getValue()) as PagePolicy | null;
  const policy = mirror ?? (await readPagePolicyFromManaged());
  const { catalogueUrl, hiddenResources: hidden } = policy;
  const remote = catalogueUrl === null ? null : await storedRemoteView(hidden, reading);
  if (remote && remote.url === catalogueUrl) return { source: 'remote', view: remote.view, hidden };
  return { source: 'bundled', view: viewOfBundle(await parseBundled(bundled), hidden), hidden };
}

let watching = false;

/** A long-lived context (the background) must not keep a catalogue that was swapped or re-filtered. */
function forgetOnChange(): void {
  if (watching) return;
  watching = true;
  const forget = () => {
    cached = undefined;
  };
  remoteCatalogueItem.watch(forget);
  // A swap in IndexedDB is announced by the state the background writes after it.
  remoteStateItem.watch(forget);
  pagePolicyItem.watch(forget);
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') forget();
  });
}

/** The active catalogue, loaded once and again only after a swap or a policy change. */
export function loadCatalogue(): Promise<CatalogueView> {
  forgetOnChange();
  cached ??= activeCatalogue().then(({ view }) => view);
  return cached;
}

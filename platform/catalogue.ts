/**
 * Where the extension pages get the catalogue: the remote catalogue the background stored, when
 * an administrator configured one and it has been fetched; otherwise the bundled file from the
 * extension package (not a network request). Resources hidden by policy are removed either way.
 */
import { browser } from 'wxt/browser';
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';
import { hideResources } from '../lib/catalogue/hide.ts';
import { looksLikeStoredCatalogue, storedPagePolicy } from '../lib/storage/stored-values.ts';
import { readActiveCatalogue } from './catalogue-db.ts';
import { type PagePolicy, pagePolicyItem, readPagePolicyFromManaged } from './page-policy.ts';
import { remoteCatalogueItem, remoteStateItem, type StoredRemoteCatalogue } from './remote-catalogue.ts';

let cached: Promise<BundledCatalogue> | undefined;

export function bundledCatalogueUrl(): string {
  // A generated file: WXT's typed PublicPath list only knows files in public/.
  return (browser.runtime.getURL as (path: string) => string)('/catalogue.json');
}

export async function fetchBundledCatalogue(): Promise<BundledCatalogue> {
  const response = await fetch(bundledCatalogueUrl());
  if (!response.ok) throw new Error(`bundled catalogue: HTTP ${response.status}`);
  return (await response.json()) as BundledCatalogue;
}

export type CatalogueSource = 'remote' | 'bundled';

/**
 * The remote catalogue in IndexedDB (platform/catalogue-db.ts); where there is none yet, a copy
 * an earlier version kept in storage.local. A value the browser damaged counts as none: the
 * bundled catalogue is used instead. Null also when IndexedDB cannot be opened.
 */
export async function storedRemoteCatalogue(): Promise<StoredRemoteCatalogue | null> {
  const stored = await readActiveCatalogue().catch((error: unknown) => {
    console.warn('Hänvisa: the catalogue store could not be read:', error);
    return null;
  });
  if (stored && looksLikeStoredCatalogue(stored)) return stored as StoredRemoteCatalogue;
  const legacy = await remoteCatalogueItem.getValue();
  return looksLikeStoredCatalogue(legacy) ? (legacy as StoredRemoteCatalogue) : null;
}

/** The policy mirror, and the remote catalogue unless the mirror says there is no address. */
async function storedState(): Promise<{ remote: StoredRemoteCatalogue | null; policy: PagePolicy | null }> {
  const policy = storedPagePolicy(await pagePolicyItem.getValue()) as PagePolicy | null;
  // Most installs have no address: they never open the catalogue store.
  const remote = policy && policy.catalogueUrl === null ? null : await storedRemoteCatalogue();
  return { remote, policy };
}

/**
 * The catalogue in use and where it came from, before hiding. The bundled file is requested at
 * once, beside the storage read: most installs have no remote catalogue, and waiting for the
 * storage first cost the popup about 30 ms before it could show anything. Managed storage is read
 * only when the background has not mirrored the policy yet (platform/page-policy.ts).
 */
export async function activeCatalogue(): Promise<{
  source: CatalogueSource;
  bundle: BundledCatalogue;
  hidden: string[];
}> {
  const bundled = fetchBundledCatalogue();
  bundled.catch(() => undefined); // not needed when a remote catalogue is in use
  const stored = await storedState();
  const { catalogueUrl, hiddenResources: hidden } = stored.policy ?? (await readPagePolicyFromManaged());
  const { remote } = stored;
  if (remote && remote.url === catalogueUrl) return { source: 'remote', bundle: remote.bundle, hidden };
  return { source: 'bundled', bundle: await bundled, hidden };
}

async function load(): Promise<BundledCatalogue> {
  const { bundle, hidden } = await activeCatalogue();
  return hideResources(bundle, hidden);
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
export function loadCatalogue(): Promise<BundledCatalogue> {
  forgetOnChange();
  cached ??= load();
  return cached;
}

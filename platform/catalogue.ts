/**
 * Where the extension pages get the catalogue: the remote catalogue the background stored, when
 * an administrator configured one and it has been fetched; otherwise the bundled file from the
 * extension package (not a network request). Resources hidden by policy are removed either way.
 */
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';
import { hideResources } from '../lib/catalogue/hide.ts';
import { looksLikeStoredCatalogue, storedPagePolicy } from '../lib/storage/stored-values.ts';
import { type PagePolicy, pagePolicyItem, readPagePolicyFromManaged } from './page-policy.ts';
import { remoteCatalogueItem, type StoredRemoteCatalogue } from './remote-catalogue.ts';

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

/** The remote catalogue and the policy mirror, in one storage read. */
async function storedState(): Promise<{ remote: StoredRemoteCatalogue | null; policy: PagePolicy | null }> {
  const [remote, policy] = await storage.getItems([remoteCatalogueItem, pagePolicyItem]);
  // A value storage itself damaged counts as none: the bundled catalogue is used instead.
  const stored = remote?.value;
  return {
    remote: looksLikeStoredCatalogue(stored) ? (stored as StoredRemoteCatalogue) : null,
    policy: storedPagePolicy(policy?.value) as PagePolicy | null,
  };
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

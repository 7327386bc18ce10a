/**
 * Where the extension pages get the catalogue: the remote catalogue the background stored, when
 * an administrator configured one and it has been fetched; otherwise the bundled file from the
 * extension package (not a network request). Resources hidden by policy are removed either way.
 */
import { browser } from 'wxt/browser';
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';
import { hideResources } from '../lib/catalogue/hide.ts';
import { readManagedStorage } from './browser-compat.ts';
import { remoteCatalogueItem } from './remote-catalogue.ts';

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
 * The two policy keys pages need, read without zod (platform/policy.ts) to keep the popup light.
 * The background validated the address before it stored anything fetched from it.
 */
async function catalogueKeys(): Promise<{ url: unknown; hidden: string[] }> {
  const raw = (await readManagedStorage(['catalogueUrl', 'hiddenResources'])) as {
    catalogueUrl?: unknown;
    hiddenResources?: unknown;
  };
  const hidden = Array.isArray(raw.hiddenResources)
    ? raw.hiddenResources.filter((id) => typeof id === 'string')
    : [];
  return { url: raw.catalogueUrl, hidden };
}

/**
 * The catalogue in use and where it came from, before hiding. The bundled file is requested at
 * once, beside the storage reads: most installs have no remote catalogue, and waiting for the
 * storage first cost the popup about 30 ms before it could show anything.
 */
export async function activeCatalogue(): Promise<{
  source: CatalogueSource;
  bundle: BundledCatalogue;
  hidden: string[];
}> {
  const bundled = fetchBundledCatalogue();
  bundled.catch(() => undefined); // not needed when a remote catalogue is in use
  const [remote, { url, hidden }] = await Promise.all([remoteCatalogueItem.getValue(), catalogueKeys()]);
  if (remote && remote.url === url) return { source: 'remote', bundle: remote.bundle, hidden };
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
  remoteCatalogueItem.watch(() => {
    cached = undefined;
  });
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') cached = undefined;
  });
}

/** The active catalogue, loaded once and again only after a swap or a policy change. */
export function loadCatalogue(): Promise<BundledCatalogue> {
  forgetOnChange();
  cached ??= load();
  return cached;
}

/**
 * Where the extension pages get the catalogue: the bundled file from the extension package
 * (not a network request). A remote catalogue, when an administrator configures one, is swapped
 * in by the background and read from storage here first.
 */
import { browser } from 'wxt/browser';
import type { BundledCatalogue } from '../lib/catalogue/bundled.ts';

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

/** The active catalogue, loaded once per page. */
export function loadCatalogue(): Promise<BundledCatalogue> {
  cached ??= fetchBundledCatalogue();
  return cached;
}

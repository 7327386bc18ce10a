/**
 * The two policy keys the extension pages need to pick their catalogue (catalogueUrl,
 * hiddenResources), mirrored into local storage by the background each time it reads the policy.
 * The first managed-storage read after a browser start can take seconds in Chromium; a page that
 * waited for it would open blank. Pages read the mirror and go to managed storage only when the
 * mirror is missing (a fresh install whose background has not run yet).
 */
import { storage } from 'wxt/utils/storage';
import type { Policy } from '../data/policy-schema.ts';
import { readManagedStorage } from './browser-compat.ts';

export interface PagePolicy {
  catalogueUrl: string | null;
  hiddenResources: string[];
}

/** A cache derived from managed storage, rewritten whole: no version, no migrations. */
export const pagePolicyItem = storage.defineItem<PagePolicy | null>('local:pagePolicy', {
  fallback: null,
});

/** The mirror's value for a policy the background has validated. */
export function pagePolicyOf(policy: Policy): PagePolicy {
  return { catalogueUrl: policy.catalogueUrl ?? null, hiddenResources: policy.hiddenResources ?? [] };
}

export function samePagePolicy(a: PagePolicy | null, b: PagePolicy): boolean {
  return (
    a !== null &&
    a.catalogueUrl === b.catalogueUrl &&
    a.hiddenResources.length === b.hiddenResources.length &&
    a.hiddenResources.every((id, i) => id === b.hiddenResources[i])
  );
}

/**
 * The keys read straight from managed storage, without zod (it stays out of the popup): the
 * background validated the address before it stored anything fetched from it.
 */
export async function readPagePolicyFromManaged(): Promise<PagePolicy> {
  const raw = await readManagedStorage(['catalogueUrl', 'hiddenResources']);
  const hidden = Array.isArray(raw.hiddenResources)
    ? raw.hiddenResources.filter((id): id is string => typeof id === 'string')
    : [];
  return {
    catalogueUrl: typeof raw.catalogueUrl === 'string' ? raw.catalogueUrl : null,
    hiddenResources: hidden,
  };
}

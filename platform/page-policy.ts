/**
 * The policy keys the extension pages need: to pick their catalogue (catalogueUrl,
 * hiddenResources) and to compute effective settings (lib/policy/settings.ts SETTINGS_POLICY_KEYS),
 * mirrored into local storage by the background each time it reads the policy.
 * The first managed-storage read after a browser start can take seconds in Chromium; a page that
 * waited for it would open blank. Pages read the mirror and go to managed storage only when the
 * mirror is missing (a fresh install whose background has not run yet).
 */
import { storage } from 'wxt/utils/storage';
import type { Policy } from '../data/policy-schema.ts';
// Type only: lib/policy/settings.ts holds a zod schema, and the popup loads this file.
import type { SettingsPolicy } from '../lib/policy/settings.ts';
import { SETTINGS_POLICY_KEYS, storedPagePolicy } from '../lib/storage/stored-values.ts';
import { readManagedStorage } from './browser-compat.ts';
import { checked } from './storage.ts';

export interface PagePolicy {
  catalogueUrl: string | null;
  hiddenResources: string[];
  /** The keys effectiveSettings reads, as validated; a key present here locks its setting. */
  settings: SettingsPolicy;
}

/**
 * A cache derived from managed storage, rewritten whole: no version, no migrations. A damaged value
 * reads as no mirror (lib/storage/stored-values.ts). Older versions wrote it without `settings`.
 */
export const pagePolicyItem = checked(
  storage.defineItem<PagePolicy | null>('local:pagePolicy', { fallback: null }),
  (raw) => storedPagePolicy(raw) as PagePolicy | null,
);

/** Fixed key order, so that two equal policies serialise alike (samePagePolicy). */
function settingsPolicyOf(policy: Policy): SettingsPolicy {
  const picked: Record<string, unknown> = {};
  for (const key of SETTINGS_POLICY_KEYS) if (policy[key] !== undefined) picked[key] = policy[key];
  return picked as SettingsPolicy;
}

/** The mirror's value for a policy the background has validated. */
export function pagePolicyOf(policy: Policy): PagePolicy {
  return {
    catalogueUrl: policy.catalogueUrl ?? null,
    hiddenResources: policy.hiddenResources ?? [],
    settings: settingsPolicyOf(policy),
  };
}

/**
 * The settings part of a stored mirror, or null when there is none: a mirror written by a version
 * without it must not read as "nothing locked".
 */
export function mirroredSettingsPolicy(mirror: PagePolicy | null): SettingsPolicy | null {
  const settings: unknown = mirror?.settings;
  return typeof settings === 'object' && settings !== null && !Array.isArray(settings)
    ? (settings as SettingsPolicy)
    : null;
}

export function samePagePolicy(a: PagePolicy | null, b: PagePolicy): boolean {
  return (
    a !== null &&
    a.catalogueUrl === b.catalogueUrl &&
    a.hiddenResources.length === b.hiddenResources.length &&
    a.hiddenResources.every((id, i) => id === b.hiddenResources[i]) &&
    // Both come from settingsPolicyOf (fixed key order) or from storage of one such value.
    JSON.stringify(mirroredSettingsPolicy(a)) === JSON.stringify(b.settings)
  );
}

/**
 * The keys read straight from managed storage, without zod (it stays out of the popup): the
 * background validated the address before it stored anything fetched from it.
 */
export async function readPagePolicyFromManaged(): Promise<Omit<PagePolicy, 'settings'>> {
  const raw = await readManagedStorage(['catalogueUrl', 'hiddenResources']);
  const hidden = Array.isArray(raw.hiddenResources)
    ? raw.hiddenResources.filter((id): id is string => typeof id === 'string')
    : [];
  return {
    catalogueUrl: typeof raw.catalogueUrl === 'string' ? raw.catalogueUrl : null,
    hiddenResources: hidden,
  };
}

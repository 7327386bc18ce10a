/**
 * The administrator's policy from managed storage, parsed leniently (lib/policy/policy.ts). Consumers
 * (background, options page, platform/sites.ts) read it here and subscribe to changes, which
 * apply without a browser restart.
 */
import { browser } from 'wxt/browser';
import type { Policy } from '../data/policy-schema.ts';
import { type PolicyResult, parsePolicy } from '../lib/policy/policy.ts';
import { readManagedStorage } from './browser-compat.ts';

export async function readPolicy(): Promise<PolicyResult> {
  return parsePolicy(await readManagedStorage());
}

export async function getEffectivePolicy(): Promise<Policy> {
  return (await readPolicy()).policy;
}

/** Calls `listener` with the new policy whenever managed storage changes; returns an unsubscribe. */
export function onPolicyChanged(listener: (result: PolicyResult) => void): () => void {
  const handle = (_changes: unknown, area: string) => {
    if (area === 'managed')
      readPolicy().then(listener, (error: unknown) => console.error('Hänvisa: policy', error));
  };
  browser.storage.onChanged.addListener(handle);
  return () => browser.storage.onChanged.removeListener(handle);
}

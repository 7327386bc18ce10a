/**
 * Hands the administrator's host patterns to the one site mechanism (platform/sites.ts) on start
 * and whenever managed storage changes, mirrors the validated keys the pages need for their
 * catalogue and effective settings (platform/page-policy.ts), and logs policy warnings once per
 * reading.
 */
import type { Policy } from '../../data/policy-schema.ts';
import { isFeatureOff, type PolicyResult } from '../../lib/policy/policy.ts';
import { type PagePolicy, pagePolicyItem, pagePolicyOf, samePagePolicy } from '../../platform/page-policy.ts';
import { onPolicyChanged, readPolicy } from '../../platform/policy.ts';
import { enforceManagedPolicy } from '../../platform/settings.ts';
import { setPolicySites } from '../../platform/sites.ts';
import { applyDiscreetDefault } from './discreet.ts';

export function policyHosts(policy: Policy): string[] {
  return isFeatureOff(policy, 'pageContext') ? [] : (policy.pageContextHosts ?? []);
}

/** Writes only on a change: every write wakes the pages' catalogue watchers. */
export async function mirrorPagePolicy(next: PagePolicy): Promise<void> {
  if (!samePagePolicy(await pagePolicyItem.getValue(), next)) await pagePolicyItem.setValue(next);
}

async function apply({ policy, warnings }: PolicyResult): Promise<void> {
  for (const warning of warnings) console.warn(`Hänvisa: ${warning}`);
  await Promise.all([
    setPolicySites(policyHosts(policy)),
    mirrorPagePolicy(pagePolicyOf(policy)),
    applyDiscreetDefault(policy),
  ]);
}

export function startPolicySync(): void {
  enforceManagedPolicy();
  const fail = (error: unknown) => console.error('Hänvisa: policy sites', error);
  readPolicy().then(apply).catch(fail);
  onPolicyChanged((result) => {
    apply(result).catch(fail);
  });
}

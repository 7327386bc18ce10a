/**
 * Hands the administrator's host patterns to the one site mechanism (platform/sites.ts) on start
 * and whenever managed storage changes, and logs policy warnings once per reading.
 */
import type { Policy } from '../../data/policy-schema.ts';
import { isFeatureOff, type PolicyResult } from '../../lib/policy.ts';
import { onPolicyChanged, readPolicy } from '../../platform/policy.ts';
import { setPolicySites } from '../../platform/sites.ts';

export function policyHosts(policy: Policy): string[] {
  return isFeatureOff(policy, 'pageContext') ? [] : (policy.pageContextHosts ?? []);
}

async function apply({ policy, warnings }: PolicyResult): Promise<void> {
  for (const warning of warnings) console.warn(`Hänvisa: ${warning}`);
  await setPolicySites(policyHosts(policy));
}

export function startPolicySync(): void {
  const fail = (error: unknown) => console.error('Hänvisa: policy sites', error);
  readPolicy().then(apply).catch(fail);
  onPolicyChanged((result) => {
    apply(result).catch(fail);
  });
}

/**
 * Which features a policy switches off. Kept apart from lib/policy/policy.ts (which parses with zod) so
 * the popup can ask without loading the parser.
 */
import type { Feature, Policy } from '../../data/policy-schema.ts';

/** The same list as FEATURES in data/policy-schema.ts (tests/unit/policy/features.test.ts). */
export const FEATURE_LIST = [
  'pageContext',
  'journalLine',
  'ageFromPersonnummer',
  'patientFromNote',
  'qrCode',
  'favourites',
  'handout',
] as const satisfies readonly Feature[];

/** True when the policy switches the feature off, by its own key or through disabledFeatures. */
export function isFeatureOff(policy: Policy, feature: Feature): boolean {
  if (policy.disabledFeatures?.includes(feature)) return true;
  if (feature === 'pageContext') return policy.pageContext === false;
  if (feature === 'ageFromPersonnummer') return policy.ageFromPersonnummer === 'off';
  if (feature === 'patientFromNote') return policy.patientFromNote === 'off';
  return false;
}

export function featuresOff(policy: Policy): Feature[] {
  return FEATURE_LIST.filter((f) => isFeatureOff(policy, f));
}

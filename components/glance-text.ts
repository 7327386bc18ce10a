/** The one line "for whom" of a suggestion or the active result: who may call, age, gender, hbtqi. */
import type { Resource } from '../data/schema.ts';
import { type MessageKey, t } from '../lib/i18n/i18n.ts';
import { ageText } from './Chips.tsx';

const AUDIENCE: Record<Resource['audience'][number], MessageKey> = {
  patient: 'audiencePatientLower',
  relatives: 'audienceRelativesLower',
  staff: 'audienceStaffLower',
};
const GENDER: Record<string, MessageKey> = { women: 'genderWomen', men: 'genderMen', trans: 'genderTrans' };

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}

/**
 * "För patienten, anhöriga · 13–25 år · kvinnor". An unknown age is said ("ålder okänd"): a line
 * without it would read as "any age". Unknown gender and languages are left to the full card.
 */
export function forWhomLine(resource: Pick<Resource, 'audience' | 'eligibility'>, discreet = false): string {
  const who = resource.audience.map((a) => t(AUDIENCE[a])).join(', ');
  const e = resource.eligibility;
  const parts = [t('forWhomFor', { who })];
  if (e.age === 'unknown') parts.push(e.ageBySite ? lowerFirst(t('ageBySite')) : t('ageUnknownShort'));
  else parts.push(lowerFirst(ageText(e.age)));
  // Gender and hbtqi can say what the visit is about: not in discreet mode.
  if (discreet) return parts.join(' · ');
  if (e.gender !== 'unknown') for (const g of e.gender) if (GENDER[g]) parts.push(lowerFirst(t(GENDER[g])));
  if (e.hbtqi === true) parts.push(t('hbtqi'));
  return parts.join(' · ');
}

/**
 * The user's settings and how a policy overrides them. Pure: platform/settings.ts binds it to
 * storage. Every effective value says whether it is locked (set by the administrator), so the
 * options page can show it as such and not pretend the user can change it.
 */
import { z } from 'zod';
import { COUNTY_CODES, type CountyCode } from '../../data/county-codes.ts';
import type { Policy } from '../../data/policy-schema.ts';
import { isFeatureOff } from './features.ts';

export const UserSettingsSchema = z.strictObject({
  homeRegion: z.enum(COUNTY_CODES).optional(),
  /** Opt-in: read the patient's age from a personnummer on the page */
  ageFromPersonnummer: z.boolean().optional(),
  /** Read the patient's age, gender and language from the note (on unless the user turns it off) */
  patientFromNote: z.boolean().optional(),
  journalTemplate: z.string().min(1).max(500).optional(),
  locale: z.enum(['sv', 'en']).optional(),
});
export type UserSettings = z.infer<typeof UserSettingsSchema>;

export interface Effective<T> {
  value: T;
  /** Set by policy; the user cannot change it */
  locked: boolean;
}

export interface EffectiveSettings {
  homeRegion: Effective<CountyCode | null>;
  ageFromPersonnummer: Effective<boolean>;
  patientFromNote: Effective<boolean>;
  /** null = the default template of lib/resource/journal-line.ts */
  journalTemplate: Effective<string | null>;
  locale: Effective<'sv' | 'en' | null>;
}

/**
 * The policy keys effective settings depend on; a key's presence is what locks its setting.
 * platform/page-policy.ts mirrors exactly these for the pages.
 */
export type SettingsPolicy = Pick<
  Policy,
  | 'homeRegion'
  | 'journalTemplate'
  | 'ageFromPersonnummer'
  | 'patientFromNote'
  | 'pageContext'
  | 'disabledFeatures'
>;

const free = <T>(value: T): Effective<T> => ({ value, locked: false });
const locked = <T>(value: T): Effective<T> => ({ value, locked: true });

/**
 * A reading of the page: locked off with the page context or by its own policy; otherwise the
 * user's choice, whose default the policy may set ("allowed": off, "default": on).
 */
function readingSetting(
  key: 'ageFromPersonnummer' | 'patientFromNote',
  user: UserSettings,
  policy: SettingsPolicy,
  fallback: boolean,
): Effective<boolean> {
  if (isFeatureOff(policy, key) || isFeatureOff(policy, 'pageContext')) return locked(false);
  const byDefault = policy[key] === undefined ? fallback : policy[key] === 'default';
  return free(user[key] ?? byDefault);
}

export function effectiveSettings(user: UserSettings, policy: SettingsPolicy): EffectiveSettings {
  return {
    homeRegion: policy.homeRegion ? locked(policy.homeRegion) : free(user.homeRegion ?? null),
    // The personnummer is opt-in; what the note itself says is used unless the user says no.
    ageFromPersonnummer: readingSetting('ageFromPersonnummer', user, policy, false),
    patientFromNote: readingSetting('patientFromNote', user, policy, true),
    journalTemplate:
      policy.journalTemplate !== undefined
        ? locked(policy.journalTemplate)
        : free(user.journalTemplate ?? null),
    locale: free(user.locale ?? null),
  };
}

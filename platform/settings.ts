/**
 * The user's settings in storage, and the effective settings (policy over user) that the rest of
 * the extension reads: e.g. the content script's age opt-in, the journal line's template.
 * Pages take the policy from the background's mirror (platform/page-policy.ts), so their first
 * render never waits for managed storage (seconds on the first read after a browser start).
 */
import { storage } from 'wxt/utils/storage';
import {
  type EffectiveSettings,
  effectiveSettings,
  type SettingsPolicy,
  type UserSettings,
} from '../lib/policy/settings.ts';
import { storedSettings } from '../lib/storage/stored-values.ts';
import { mirroredSettingsPolicy, pagePolicyItem } from './page-policy.ts';
import { getEffectivePolicy, onPolicyChanged } from './policy.ts';
import { checked } from './storage.ts';

export const settingsItem = checked(
  storage.defineItem<UserSettings>('local:settings', { fallback: {}, version: 1 }),
  storedSettings,
);

let managedFirst = false;

/**
 * For the background, which writes the mirror: what it enforces (the content script's age
 * opt-in) must follow managed storage itself, not a mirror that may predate a policy change made
 * while the browser was closed.
 */
export function enforceManagedPolicy(): void {
  managedFirst = true;
}

/** The policy keys effective settings depend on: the mirror, or managed storage without one. */
export async function getPageSettingsPolicy(): Promise<SettingsPolicy> {
  return mirroredSettingsPolicy(await pagePolicyItem.getValue()) ?? (await getEffectivePolicy());
}

function getSettingsPolicy(): Promise<SettingsPolicy> {
  return managedFirst ? getEffectivePolicy() : getPageSettingsPolicy();
}

export async function getEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, policy] = await Promise.all([settingsItem.getValue(), getSettingsPolicy()]);
  return effectiveSettings(user, policy);
}

/** Changes one setting the user may change; a locked one is refused. */
export async function updateSetting<K extends keyof UserSettings>(
  key: K,
  value: UserSettings[K],
): Promise<void> {
  const effective = await getEffectiveSettings();
  if (effective[key].locked) throw new Error(`${key} is set by the administrator`);
  const current = await settingsItem.getValue();
  const next: UserSettings = { ...current };
  if (value === undefined) delete next[key];
  else next[key] = value;
  await settingsItem.setValue(next);
}

/**
 * Calls `listener` when either the user's settings or the policy change. Pages follow the mirror,
 * which the background rewrites on every policy change; following managed storage as well would
 * emit the old mirror first.
 */
export function watchEffectiveSettings(listener: (settings: EffectiveSettings) => void): () => void {
  const emit = () => {
    getEffectiveSettings().then(listener, (error: unknown) => console.error('Hänvisa: settings', error));
  };
  const stopUser = settingsItem.watch(emit);
  const stopPolicy = managedFirst ? onPolicyChanged(emit) : pagePolicyItem.watch(emit);
  return () => {
    stopUser();
    stopPolicy();
  };
}

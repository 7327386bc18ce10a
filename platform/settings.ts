/**
 * The user's settings in storage, and the effective settings (policy over user) that the rest of
 * the extension reads: e.g. the content script's age opt-in, the journal line's template.
 */
import { storage } from 'wxt/utils/storage';
import { type EffectiveSettings, effectiveSettings, type UserSettings } from '../lib/settings.ts';
import { getEffectivePolicy, onPolicyChanged } from './policy.ts';

export const settingsItem = storage.defineItem<UserSettings>('local:settings', { fallback: {}, version: 1 });

export async function getEffectiveSettings(): Promise<EffectiveSettings> {
  const [user, policy] = await Promise.all([settingsItem.getValue(), getEffectivePolicy()]);
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

/** Calls `listener` when either the user's settings or the policy change. */
export function watchEffectiveSettings(listener: (settings: EffectiveSettings) => void): () => void {
  const emit = () => {
    getEffectiveSettings().then(listener, (error: unknown) => console.error('Hänvisa: settings', error));
  };
  const stopUser = settingsItem.watch(emit);
  const stopPolicy = onPolicyChanged(emit);
  return () => {
    stopUser();
    stopPolicy();
  };
}

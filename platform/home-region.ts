/**
 * The effective home region for a page that must start fast (the popup): the policy's, from the
 * background's mirror, else the user's own setting. Read straight from storage with the small
 * checks of lib/storage/stored-values.ts, without lib/policy/settings.ts (zod) in the popup's bundle.
 */
import { storage } from 'wxt/utils/storage';
import { storedSettings } from '../lib/storage/stored-values.ts';
import { mirroredSettingsPolicy, pagePolicyItem } from './page-policy.ts';

export async function readHomeRegion(): Promise<string | null> {
  const [mirror, user] = await Promise.all([
    pagePolicyItem.getValue(),
    storage.getItem<unknown>('local:settings'),
  ]);
  return mirroredSettingsPolicy(mirror)?.homeRegion ?? storedSettings(user).homeRegion ?? null;
}

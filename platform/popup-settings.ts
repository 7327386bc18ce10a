/**
 * The effective settings a page that must start fast (the popup) needs: the policy's, from the
 * background's mirror, else the user's own. Read straight from storage with the small checks of
 * lib/storage/stored-values.ts, without lib/policy/settings.ts (zod) in the popup's bundle.
 */
import { storage } from 'wxt/utils/storage';
import { homeRegionOrDefault } from '../lib/policy/home-region.ts';
import type { SettingsPolicy, UserSettings } from '../lib/policy/settings.ts';
import { storedSettings } from '../lib/storage/stored-values.ts';
import { readManagedStorage } from './browser-compat.ts';
import { mirroredSettingsPolicy, pagePolicyItem } from './page-policy.ts';

async function read(): Promise<[SettingsPolicy | null, UserSettings]> {
  const [mirror, user] = await Promise.all([
    pagePolicyItem.getValue(),
    storage.getItem<unknown>('local:settings'),
  ]);
  return [mirroredSettingsPolicy(mirror), storedSettings(user)];
}

/**
 * The policy's home region, else the user's, else the default (Region Halland). Without a mirror
 * (a fresh install whose background has not run yet) the policy's key is read from managed storage
 * itself, with the same small check as a stored setting.
 */
export async function readHomeRegion(): Promise<string> {
  const [policy, user] = await read();
  const managed =
    policy === null
      ? storedSettings({ homeRegion: (await readManagedStorage(['homeRegion'])).homeRegion })
      : {};
  return homeRegionOrDefault(policy?.homeRegion ?? managed.homeRegion ?? user.homeRegion);
}

/** The journal line's template: the policy's, else the user's; undefined for the default. */
export async function readJournalTemplate(): Promise<string | undefined> {
  const [policy, user] = await read();
  return policy?.journalTemplate ?? user.journalTemplate ?? undefined;
}

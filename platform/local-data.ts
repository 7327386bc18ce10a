/**
 * The user's own data as a whole: export to a file, import from one (all or nothing), and
 * "Rensa all lokal data". Policy settings are the administrator's and are not touched.
 */
import { browser } from 'wxt/browser';
import { exportSettings, type ImportResult, parseSettingsFile } from '../lib/policy/settings-io.ts';
import { send } from './messaging.ts';
import { settingsItem } from './settings.ts';
import { favouritesItem } from './storage.ts';

export async function exportUserData(now: Date = new Date()): Promise<string> {
  const [settings, favourites] = await Promise.all([settingsItem.getValue(), favouritesItem.getValue()]);
  return exportSettings(settings, favourites, now);
}

/** Validates the whole file first; only a good file is written, in one storage call. */
export async function importUserData(text: string): Promise<ImportResult> {
  const result = parseSettingsFile(text);
  if (!result.ok) return result;
  await browser.storage.local.set({ settings: result.file.settings, favourites: result.file.favourites });
  return result;
}

export async function clearAllLocalData(): Promise<void> {
  // Sites first, through their owner, so registered content scripts go with them.
  const sites = await send('ui:sites:list', {}).catch(() => null);
  for (const pattern of sites?.user ?? []) await send('ui:sites:disable', { pattern }).catch(console.error);
  await browser.storage.local.clear();
  await browser.storage.session.clear();
  // The remote catalogue lived in local storage too: fetch it again when one is configured.
  await send('ui:catalogue-refresh', {}).catch(console.error);
}

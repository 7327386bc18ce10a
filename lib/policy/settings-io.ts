/**
 * Export and import of the user's own settings and favourites as one JSON file. An import is
 * checked whole before anything is written: a bad file changes nothing and says why, in the UI language.
 */
import { z } from 'zod';
import { t } from '../i18n/i18n-options.ts';
import type { Favourite } from '../storage/user-data.ts';
import { type UserSettings, UserSettingsSchema } from './settings.ts';

export const SETTINGS_FILE_FORMAT = 'hanvisa-settings/1' as const;
export const MAX_IMPORT_BYTES = 256 * 1024;

const FavouriteSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.string().min(1).max(200),
  addedAt: z.iso.datetime(),
});

export const SettingsFileSchema = z.strictObject({
  format: z.literal(SETTINGS_FILE_FORMAT),
  exportedAt: z.iso.datetime(),
  settings: UserSettingsSchema,
  favourites: z.array(FavouriteSchema).max(500),
});
export type SettingsFile = z.infer<typeof SettingsFileSchema>;

export function exportSettings(settings: UserSettings, favourites: readonly Favourite[], now: Date): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    exportedAt: now.toISOString(),
    settings,
    favourites: [...favourites],
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportResult = { ok: true; file: SettingsFile } | { ok: false; reason: string };

function invalidValue(path: readonly PropertyKey[]): string {
  return path.length
    ? t('importInvalidField', { field: path.map(String).join('.') })
    : t('importInvalidValue');
}

export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, reason: t('importTooLarge') };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: t('importNotJson') };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, reason: t('importNotSettings') };
  }
  const parsed = SettingsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: invalidValue(issue?.path ?? []) };
  }
  const ids = parsed.data.favourites.map((f) => f.id);
  if (new Set(ids).size !== ids.length) {
    return { ok: false, reason: t('importDuplicate') };
  }
  return { ok: true, file: parsed.data };
}

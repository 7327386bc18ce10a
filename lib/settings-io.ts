/**
 * Export and import of the user's own settings and favourites as one JSON file. An import is
 * checked whole before anything is written: a bad file changes nothing and says why, in Swedish.
 */
import { z } from 'zod';
import { type UserSettings, UserSettingsSchema } from './settings.ts';
import type { Favourite } from './user-data.ts';

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

function where(path: readonly PropertyKey[]): string {
  return path.length ? ` (fältet ${path.map(String).join('.')})` : '';
}

export function parseSettingsFile(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, reason: 'Filen är för stor för att vara en inställningsfil.' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'Filen är inte en JSON-fil och kunde inte läsas.' };
  }
  const format = (data as { format?: unknown } | null)?.format;
  if (format !== SETTINGS_FILE_FORMAT) {
    return { ok: false, reason: 'Filen är inte en exporterad inställningsfil från Hänvisa.' };
  }
  const parsed = SettingsFileSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      reason: `Filen innehåller ett ogiltigt värde${where(issue?.path ?? [])}. Inget ändrades.`,
    };
  }
  const ids = parsed.data.favourites.map((f) => f.id);
  if (new Set(ids).size !== ids.length) {
    return { ok: false, reason: 'Filen innehåller samma favorit flera gånger. Inget ändrades.' };
  }
  return { ok: true, file: parsed.data };
}

import { describe, expect, it } from 'vitest';
import type { UserSettings } from '../../lib/policy/settings.ts';
import { exportSettings, parseSettingsFile } from '../../lib/policy/settings-io.ts';
import type { Favourite } from '../../lib/storage/user-data.ts';

const settings: UserSettings = {
  homeRegion: '13',
  ageFromPersonnummer: true,
  patientFromNote: false,
  journalTemplate: '{name} {phone}',
  locale: 'sv',
};
const favourites: Favourite[] = [
  { id: 'kvinnofridslinjen', name: 'Kvinnofridslinjen', addedAt: '2026-11-01T08:00:00.000Z' },
  { id: 'borttagen-tjanst', name: 'En tjänst som försvann', addedAt: '2026-10-01T08:00:00.000Z' },
];
const now = new Date('2026-11-28T12:00:00Z');

function reason(text: string): string {
  const result = parseSettingsFile(text);
  if (result.ok) throw new Error('expected a rejection');
  return result.reason;
}

describe('settings export and import', () => {
  it('round-trips settings and favourites, including ones no longer in the catalogue', () => {
    const result = parseSettingsFile(exportSettings(settings, favourites, now));
    expect(result).toEqual({
      ok: true,
      file: { format: 'hanvisa-settings/1', exportedAt: now.toISOString(), settings, favourites },
    });
  });

  it('round-trips empty settings', () => {
    const result = parseSettingsFile(exportSettings({}, [], now));
    expect(result.ok && result.file.settings).toEqual({});
  });

  it('rejects a file that is not JSON', () => {
    expect(reason('homeRegion=13')).toContain('inte en JSON-fil');
  });

  it('rejects JSON that is not a Hänvisa settings file', () => {
    expect(reason('{"homeRegion":"13"}')).toContain('inte en exporterad inställningsfil');
    expect(reason('null')).toContain('inte en exporterad inställningsfil');
  });

  it('rejects a wrong value and names the field', () => {
    const bad = JSON.parse(exportSettings(settings, favourites, now));
    bad.settings.homeRegion = '99';
    expect(reason(JSON.stringify(bad))).toBe(
      'Filen innehåller ett ogiltigt värde (fältet settings.homeRegion). Inget ändrades.',
    );
  });

  it('rejects unknown keys, bad favourites and duplicates', () => {
    const file = JSON.parse(exportSettings(settings, favourites, now));
    expect(reason(JSON.stringify({ ...file, extra: 1 }))).toContain('ogiltigt värde');
    expect(
      reason(
        JSON.stringify({ ...file, favourites: [{ id: 'Bad Id', name: 'x', addedAt: now.toISOString() }] }),
      ),
    ).toContain('favourites.0.id');
    expect(reason(JSON.stringify({ ...file, favourites: [favourites[0], favourites[0]] }))).toContain(
      'samma favorit',
    );
  });

  it('rejects a huge file before parsing it', () => {
    expect(reason(`"${'x'.repeat(300_000)}"`)).toContain('för stor');
  });
});

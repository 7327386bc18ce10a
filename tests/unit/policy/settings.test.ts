import { describe, expect, it } from 'vitest';
import { effectiveSettings } from '../../../lib/policy/settings.ts';
import { resolveFavourites } from '../../../lib/results/favourites.ts';

describe('effectiveSettings', () => {
  it('uses the user settings when there is no policy', () => {
    const s = effectiveSettings({ homeRegion: '14', journalTemplate: '{name}' }, {});
    expect(s.homeRegion).toEqual({ value: '14', locked: false });
    expect(s.journalTemplate).toEqual({ value: '{name}', locked: false });
    expect(s.ageFromPersonnummer).toEqual({ value: false, locked: false });
    expect(s.patientFromNote).toEqual({ value: true, locked: false });
  });

  it('lets the policy override and lock', () => {
    const s = effectiveSettings(
      { homeRegion: '14', journalTemplate: '{name}' },
      { homeRegion: '13', journalTemplate: '' },
    );
    expect(s.homeRegion).toEqual({ value: '13', locked: true });
    expect(s.journalTemplate).toEqual({ value: '', locked: true });
  });

  it('handles the age opt-in: off locks it off, default turns it on unless the user said no', () => {
    expect(
      effectiveSettings({ ageFromPersonnummer: true }, { ageFromPersonnummer: 'off' }).ageFromPersonnummer,
    ).toEqual({
      value: false,
      locked: true,
    });
    expect(effectiveSettings({}, { ageFromPersonnummer: 'default' }).ageFromPersonnummer.value).toBe(true);
    expect(
      effectiveSettings({ ageFromPersonnummer: false }, { ageFromPersonnummer: 'default' })
        .ageFromPersonnummer.value,
    ).toBe(false);
    expect(
      effectiveSettings({ ageFromPersonnummer: true }, { pageContext: false }).ageFromPersonnummer.locked,
    ).toBe(true);
  });

  it("handles the note's patient values: on by default, off or opt-in by policy, locked with the page context", () => {
    const patient = (user: object, policy: object) =>
      effectiveSettings(user, policy as never).patientFromNote;
    expect(patient({}, {})).toEqual({ value: true, locked: false });
    expect(patient({ patientFromNote: false }, {})).toEqual({ value: false, locked: false });
    expect(patient({}, { patientFromNote: 'default' })).toEqual({ value: true, locked: false });
    expect(patient({}, { patientFromNote: 'allowed' })).toEqual({ value: false, locked: false });
    expect(patient({ patientFromNote: true }, { patientFromNote: 'allowed' })).toEqual({
      value: true,
      locked: false,
    });
    for (const policy of [
      { patientFromNote: 'off' },
      { disabledFeatures: ['patientFromNote'] },
      { pageContext: false },
      { disabledFeatures: ['pageContext'] },
    ])
      expect(patient({ patientFromNote: true }, policy), JSON.stringify(policy)).toEqual({
        value: false,
        locked: true,
      });
    // Each reading has its own key: locking one leaves the other alone.
    expect(patient({}, { ageFromPersonnummer: 'off' })).toEqual({ value: true, locked: false });
    expect(
      effectiveSettings({ ageFromPersonnummer: true }, { patientFromNote: 'off' }).ageFromPersonnummer,
    ).toEqual({ value: true, locked: false });
  });
});

describe('resolveFavourites', () => {
  const fav = (id: string) => ({ id, name: id.toUpperCase(), addedAt: '2026-11-01T00:00:00.000Z' });

  it('keeps favourites whose resource disappeared after a catalogue change, in order', () => {
    const before = [{ id: 'a' }, { id: 'b' }];
    const after = [{ id: 'b' }];
    const favourites = [fav('a'), fav('b')];
    const finder = (list: { id: string }[]) => (id: string) => list.find((r) => r.id === id);
    expect(resolveFavourites(favourites, finder(before)).map((r) => r.resource?.id)).toEqual(['a', 'b']);
    const resolved = resolveFavourites(favourites, finder(after));
    expect(resolved.map((r) => [r.favourite.name, r.resource?.id ?? null])).toEqual([
      ['A', null],
      ['B', 'b'],
    ]);
  });
});

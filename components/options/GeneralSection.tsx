import { COUNTIES, COUNTY_CODES, type CountyCode } from '../../data/counties.ts';
import type { EffectiveSettings } from '../../lib/settings.ts';
import { updateSetting } from '../../platform/settings.ts';
import { Setting } from './Locked.tsx';

const save = <K extends 'homeRegion' | 'locale' | 'ageFromPersonnummer'>(
  key: K,
  value: Parameters<typeof updateSetting<K>>[1],
) => updateSetting(key, value).catch(console.error);

export function GeneralSection({ settings }: { settings: EffectiveSettings }) {
  const { homeRegion, ageFromPersonnummer, locale } = settings;
  return (
    <section aria-labelledby="general-heading">
      <h2 id="general-heading">Allmänt</h2>
      <Setting id="home-region" label="Hemregion" locked={homeRegion.locked}>
        <select
          id="home-region"
          disabled={homeRegion.locked}
          value={homeRegion.value ?? ''}
          onChange={(e) => save('homeRegion', (e.currentTarget.value || undefined) as CountyCode | undefined)}
        >
          <option value="">Ingen vald</option>
          {COUNTY_CODES.map((code) => (
            <option key={code} value={code}>
              {COUNTIES[code]}
            </option>
          ))}
        </select>
      </Setting>
      <Setting
        id="age-opt-in"
        label="Läs patientens ålder från personnumret på sidan"
        locked={ageFromPersonnummer.locked}
      >
        <input
          id="age-opt-in"
          type="checkbox"
          disabled={ageFromPersonnummer.locked}
          checked={ageFromPersonnummer.value}
          onChange={(e) => save('ageFromPersonnummer', e.currentTarget.checked)}
        />
        <p class="hint">
          Åldern räknas ut i webbläsaren och används bara för att välja åldersfilter. Personnumret sparas
          inte.
        </p>
      </Setting>
      <Setting id="locale" label="Språk" locked={locale.locked}>
        <select
          id="locale"
          value={locale.value ?? ''}
          onChange={(e) => save('locale', (e.currentTarget.value || undefined) as 'sv' | 'en' | undefined)}
        >
          <option value="">Som webbläsaren</option>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </Setting>
    </section>
  );
}

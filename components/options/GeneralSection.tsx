import { COUNTIES, COUNTY_CODES, type CountyCode } from '../../data/counties.ts';
import { t } from '../../lib/i18n/i18n-options.ts';
import { DEFAULT_HOME_REGION } from '../../lib/policy/home-region.ts';
import type { EffectiveSettings } from '../../lib/policy/settings.ts';
import { updateSetting } from '../../platform/settings.ts';
import { Setting } from './Locked.tsx';

const save = <K extends 'homeRegion' | 'locale' | 'ageFromPersonnummer' | 'patientFromNote'>(
  key: K,
  value: Parameters<typeof updateSetting<K>>[1],
) => updateSetting(key, value).catch(console.error);

export function GeneralSection({ settings }: { settings: EffectiveSettings }) {
  const { homeRegion, ageFromPersonnummer, patientFromNote, locale } = settings;
  return (
    <section aria-labelledby="general-heading">
      <h2 id="general-heading">{t('optionsGeneralHeading')}</h2>
      <Setting id="home-region" label={t('optionsHomeRegion')} locked={homeRegion.locked}>
        <select
          id="home-region"
          disabled={homeRegion.locked}
          value={homeRegion.value ?? ''}
          onChange={(e) => save('homeRegion', (e.currentTarget.value || undefined) as CountyCode | undefined)}
        >
          {/* None chosen means the region the panel ranks with anyway: say which. */}
          <option value="">
            {t('optionsHomeRegionDefault', { region: COUNTIES[DEFAULT_HOME_REGION as CountyCode] })}
          </option>
          {COUNTY_CODES.map((code) => (
            <option key={code} value={code}>
              {COUNTIES[code]}
            </option>
          ))}
        </select>
      </Setting>
      <Setting id="age-opt-in" label={t('optionsAgeOptIn')} locked={ageFromPersonnummer.locked}>
        <input
          id="age-opt-in"
          type="checkbox"
          disabled={ageFromPersonnummer.locked}
          checked={ageFromPersonnummer.value}
          onChange={(e) => save('ageFromPersonnummer', e.currentTarget.checked)}
        />
        <p class="hint">{t('optionsAgeOptInHint')}</p>
      </Setting>
      <Setting id="patient-from-note" label={t('optionsPatientFromNote')} locked={patientFromNote.locked}>
        <input
          id="patient-from-note"
          type="checkbox"
          disabled={patientFromNote.locked}
          checked={patientFromNote.value}
          onChange={(e) => save('patientFromNote', e.currentTarget.checked)}
        />
        <p class="hint">{t('optionsPatientFromNoteHint')}</p>
      </Setting>
      <Setting id="locale" label={t('optionsLanguage')} locked={locale.locked}>
        <select
          id="locale"
          value={locale.value ?? ''}
          onChange={(e) => save('locale', (e.currentTarget.value || undefined) as 'sv' | 'en' | undefined)}
        >
          <option value="">{t('optionsLanguageBrowser')}</option>
          <option value="sv">Svenska</option>
          <option value="en">English</option>
        </select>
      </Setting>
    </section>
  );
}

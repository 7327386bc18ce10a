import type { Resource } from '../data/schema.ts';
import { getLocale, type MessageKey, t } from '../lib/i18n/i18n.ts';

const AUDIENCE: Record<Resource['audience'][number], MessageKey> = {
  patient: 'audiencePatient',
  relatives: 'audienceRelatives',
  staff: 'audienceStaff',
};
const GENDER: Record<string, MessageKey> = { women: 'genderWomen', men: 'genderMen', trans: 'genderTrans' };

/** The age limit in words; `unknown` is what to say when nobody has verified it. */
export function ageText(age: Resource['eligibility']['age'], unknown: string = t('ageUnknown')): string {
  if (age === 'unknown') return unknown;
  if (age === 'none') return t('ageAny');
  if (age.min !== null && age.max !== null) return t('ageRange', { min: age.min, max: age.max });
  if (age.min !== null) return t('ageFrom', { min: age.min });
  return age.max !== null ? t('ageUpTo', { max: age.max }) : t('ageAny');
}

function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([getLocale()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "För vem": age, gender, hbtqi, languages, interpreter. Unknown is shown, not left out. */
export function forWhom(resource: Resource): string[] {
  const { eligibility: e, languages } = resource;
  // Where the sites' limits differ and no common one is known, the card lists them per site.
  const chips = [e.age === 'unknown' && e.ageBySite ? t('ageBySite') : ageText(e.age)];
  if (e.gender === 'unknown') chips.push(t('genderUnknown'));
  else for (const g of e.gender) if (GENDER[g]) chips.push(t(GENDER[g]));
  if (e.hbtqi === true) chips.push(t('hbtqi'));
  if (languages === 'unknown') {
    chips.push(t('languagesUnknown'));
  } else {
    chips.push(languages.languages.map(languageName).join(', '));
    if (languages.interpreter === 'unknown') chips.push(t('interpreterUnknown'));
    else if (languages.interpreter) chips.push(t('interpreter'));
  }
  return chips;
}

export function Chips({ resource }: { resource: Resource }) {
  return (
    <dl class="chips">
      <dt>{t('whoMayContact')}</dt>
      <dd>
        <ul>
          {resource.audience.map((a) => (
            <li key={a} class="chip">
              {t(AUDIENCE[a])}
            </li>
          ))}
        </ul>
      </dd>
      <dt>{t('forWhom')}</dt>
      <dd>
        <ul>
          {forWhom(resource).map((text) => (
            <li key={text} class="chip">
              {text}
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}

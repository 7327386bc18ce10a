import type { Feature } from '../../data/policy-schema.ts';
import type { Slip } from '../../lib/handout/slip.ts';
import { t } from '../../lib/handout/text.ts';
import type { Locale } from '../../lib/i18n/i18n.ts';
import { HandoutQr } from './HandoutQr.tsx';
import { SlipCard } from './SlipCard.tsx';

export interface HandoutPageProps {
  slip: Slip;
  disabledFeatures: readonly Feature[];
  onLocale(locale: Locale): void;
  onPrint(): void;
}

const LOCALES: [Locale, 'handoutSwedish' | 'handoutEnglish'][] = [
  ['sv', 'handoutSwedish'],
  ['en', 'handoutEnglish'],
];

/**
 * The handout page: what the slip is, the notes the clinician should read first, the slip's
 * language, "Skriv ut", the slip as it will print and the QR code. Only the slip is printed.
 */
export function HandoutPage({ slip, disabledFeatures, onLocale, onPrint }: HandoutPageProps) {
  if (disabledFeatures.includes('handout'))
    return (
      <>
        <h1>{t('handoutPageTitle')}</h1>
        <p role="alert">{t('handoutOff')}</p>
      </>
    );
  return (
    <>
      <div class="handout-controls no-print">
        <h1>{t('handoutPageTitle')}</h1>
        <p>{t('handoutIntro')}</p>
        {slip.notices.length > 0 && (
          <div role="status">
            <ul class="handout-notices">
              {slip.notices.map((n) => (
                <li key={n.key}>{t(n.key, n.count === undefined ? {} : { count: n.count })}</li>
              ))}
            </ul>
          </div>
        )}
        <fieldset class="handout-language">
          <legend>{t('handoutLanguage')}</legend>
          {LOCALES.map(([locale, key]) => (
            <label key={locale} lang={locale}>
              <input
                type="radio"
                name="slip-language"
                value={locale}
                checked={slip.locale === locale}
                onChange={() => onLocale(locale)}
              />{' '}
              {t(key)}
            </label>
          ))}
        </fieldset>
        <p>
          <button type="button" class="handout-print" onClick={onPrint}>
            {t('handoutPrint')}
          </button>
        </p>
        <p class="handout-hint">{t('handoutPrintHint')}</p>
        <h2>{t('handoutPreview')}</h2>
      </div>
      <SlipCard slip={slip} />
      {slip.qr !== null && !disabledFeatures.includes('qrCode') && <HandoutQr qr={slip.qr} />}
    </>
  );
}

import { t } from '../lib/i18n/i18n.ts';
import type { FactQuality as Quality } from '../lib/resource/source-quality.ts';

/** "Uppgift från andrahandskälla, cirka 2014 — kontrollera innan du hänvisar" */
export function qualityText(quality: Quality): string {
  const year = quality.date?.slice(0, 4);
  const date = year && quality.inferred ? t('dateAbout', { date: year }) : year;
  if (quality.secondary) return date ? t('factSecondaryDated', { date }) : t('factSecondary');
  return t('factOld', { date: date ?? '' });
}

/** Says, beside a fact, that it comes from a secondary or old source; nothing for sure facts. */
export function FactQuality({ qualities }: { qualities: readonly Quality[] }) {
  return (
    <>
      {qualities.map((quality) => (
        <p key={quality.url} class="fact-quality">
          {qualityText(quality)}
        </p>
      ))}
    </>
  );
}

import type { Resource, Source } from '../data/schema.ts';
import { type MessageKey, t } from '../lib/i18n/i18n.ts';
import { onlySecondary } from '../lib/resource/source-quality.ts';
import { isStale } from '../lib/resource/verified.ts';

const KIND: Record<NonNullable<Source['kind']>, MessageKey> = {
  organisation: 'sourceOrganisation',
  authority: 'sourceAuthority',
  secondary: 'sourceSecondary',
};

/** "myndighet, 2024-04-16" or "andrahandskälla, cirka 2014": who stands behind a source, and when. */
function sourceFacts(source: Source): string {
  const date = source.date && (source.dateInferred ? t('dateAbout', { date: source.date }) : source.date);
  return [source.kind && t(KIND[source.kind]), date].filter(Boolean).join(', ');
}

/** Where the facts come from and when they were checked, with a warning when that is old. */
export function SourceList({ resource, now }: { resource: Resource; now: Date }) {
  const stale = isStale(resource.verified, now);
  return (
    <footer class="sources">
      <p class={stale ? 'verified verified-stale' : 'verified'}>
        {t('verifiedOn', { date: resource.verified })}
      </p>
      {stale && (
        <p class="warning" role="note">
          {t('verifiedStale')}
        </p>
      )}
      {onlySecondary(resource) && <p class="fact-quality">{t('onlySecondary')}</p>}
      <details>
        <summary>
          {t('sources')} ({resource.sources.length})
        </summary>
        <ul>
          {resource.sources.map((s) => (
            <li key={s.url}>
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.label}
              </a>
              {sourceFacts(s) && <span class="source-facts"> ({sourceFacts(s)})</span>}
            </li>
          ))}
        </ul>
      </details>
    </footer>
  );
}

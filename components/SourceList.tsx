import type { Resource } from '../data/schema.ts';
import { t } from '../lib/i18n.ts';
import { isStale } from '../lib/verified.ts';

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
            </li>
          ))}
        </ul>
      </details>
    </footer>
  );
}

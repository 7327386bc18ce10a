import type { GuidanceResource, Resource } from '../data/schema.ts';
import { t } from '../lib/i18n/i18n.ts';
import { telHref } from '../lib/resource/phone.ts';
import { weakSources } from '../lib/resource/source-quality.ts';
import type { SearchStore } from '../lib/results/search-store.ts';
import { FactQuality } from './FactQuality.tsx';
import { FavouriteButton } from './FavouriteButton.tsx';
import { useFeatureOff } from './features.ts';
import { SourceList } from './SourceList.tsx';

function firstPhone(resource: Resource): string | null {
  for (const c of resource.channels) if (c.type === 'phone' && c.number !== 'unknown') return c.number;
  return null;
}

export interface GuidanceCardProps {
  store: SearchStore;
  resource: GuidanceResource;
  idPrefix?: string;
}

/** What to do, step by step, with the law where a source verifies it and whom to contact. */
export function GuidanceCard({ store, resource, idPrefix = 'hv' }: GuidanceCardProps) {
  const favouritesOff = useFeatureOff('favourites');
  const now = store.now.value;
  const headingId = `${idPrefix}-card-title`;
  // The contacts it names, as their details arrive (at once for the bundled catalogue).
  const related = resource.related.flatMap((id) => store.detail(id)?.resource ?? []);
  return (
    <section class="card card-guidance" aria-labelledby={headingId}>
      <header class="card-head">
        <h2 id={headingId}>{resource.name}</h2>
        {!favouritesOff && <FavouriteButton store={store} resource={resource} />}
      </header>
      <p class="card-org">{resource.organisation}</p>
      <p class="card-purpose">{resource.purpose}</p>
      <h3>{t('guidanceSteps')}</h3>
      <ol class="guidance-steps">
        {resource.steps.map((step) => (
          <li key={step.text}>
            {step.text}
            <FactQuality qualities={weakSources(resource, [step.source], now)} />
          </li>
        ))}
      </ol>
      {resource.law.length > 0 && (
        <>
          <h3>{t('guidanceLaw')}</h3>
          <ul class="guidance-law">
            {resource.law.map((law) => (
              <li key={law.ref}>
                {law.ref}
                {law.note && ` – ${law.note}`}
                <FactQuality qualities={weakSources(resource, [law.source], now)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {related.length > 0 && (
        <>
          <h3>{t('guidanceRelated')}</h3>
          <ul class="guidance-related">
            {related.map((r) => {
              const phone = firstPhone(r);
              return (
                <li key={r.id}>
                  {r.name}
                  {phone && (
                    <>
                      {': '}
                      <a href={telHref(phone) ?? ''} class="phone">
                        {phone}
                        <span class="sr-only"> ({t('callLabel', { name: r.name })})</span>
                      </a>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
      {resource.unknownNote && (
        <p class="card-unknown">
          <strong>{t('unknownNote')}:</strong> {resource.unknownNote}
        </p>
      )}
      <SourceList resource={resource} now={now} />
    </section>
  );
}

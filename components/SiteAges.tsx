import type { Resource } from '../data/schema.ts';
import { t } from '../lib/i18n/i18n.ts';
import { weakSources } from '../lib/resource/source-quality.ts';
import { ageText } from './Chips.tsx';
import { FactQuality } from './FactQuality.tsx';

/** Age limits where a service's sites differ (Mika Göteborg: none; Stockholm: from 18). */
export function SiteAges({ resource, now }: { resource: Resource; now: Date }) {
  const sites = resource.eligibility.ageBySite;
  if (!sites) return null;
  return (
    <dl class="facts site-ages">
      <dt>{t('ageBySiteHeading')}</dt>
      <dd>
        <ul>
          {sites.map((site) => (
            <li key={site.site}>
              {site.site}: {lowerFirst(ageText(site.age, t('ageAtSiteUnknown')))}
              {site.note && ` (${site.note})`}
              <FactQuality qualities={weakSources(resource, [site.source], now)} />
            </li>
          ))}
        </ul>
      </dd>
    </dl>
  );
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('sv') + text.slice(1);
}

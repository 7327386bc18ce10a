import { useEffect, useState } from 'preact/hooks';
import { t } from '../../lib/i18n/i18n-options.ts';
import type { SiteList } from '../../lib/page/page-context.ts';
import { send } from '../../platform/messaging.ts';

/** Sites where the page context runs. Enabling happens from the side panel (it needs a click on the site). */
export function SitesSection() {
  const [sites, setSites] = useState<SiteList | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('ui:sites:list', {}).then(setSites, () => setError(t('optionsSitesListError')));
  }, []);
  const remove = (pattern: string) =>
    send('ui:sites:disable', { pattern }).then(setSites, () =>
      setError(t('optionsSitesRemoveError', { site: pattern })),
    );
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('optionsSitesHeading')}</h2>
      <p class="hint">{t('optionsSitesHint')}</p>
      {error && <p role="alert">{error}</p>}
      {sites && sites.user.length + sites.policy.length === 0 && <p>{t('optionsSitesNone')}</p>}
      <ul id="sites-list">
        {sites?.policy.map((pattern) => (
          <li key={`p:${pattern}`} data-locked="true">
            {pattern} <span class="setting__lock">🔒 {t('optionsLocked')}</span>
          </li>
        ))}
        {sites?.user.map((pattern) => (
          <li key={`u:${pattern}`}>
            {pattern}{' '}
            <button
              type="button"
              onClick={() => remove(pattern)}
              aria-label={t('optionsRemoveNamed', { name: pattern })}
            >
              {t('optionsRemove')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

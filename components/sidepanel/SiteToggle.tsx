import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/i18n-sidepanel.ts';
import type { SiteState } from './use-sites.ts';

interface Props {
  state: SiteState;
  tabId: number | null;
  enable(pattern: string, tabId: number | null): Promise<boolean>;
  disable(pattern: string): Promise<void>;
  /** The policy switched the page context off: nothing to enable, say who decided */
  contextOff?: boolean;
}

function hostOf(pattern: string): string {
  return pattern.replace(/^[^:]+:\/\//, '').replace(/\/\*$/, '');
}

/** "Aktivera på den här webbplatsen" / "Stäng av", and the list of enabled sites. */
export function SiteToggle({ state, tabId, enable, disable, contextOff = false }: Props) {
  const [message, setMessage] = useState('');
  const { enabledBy, candidate, managed, list } = state;
  if (contextOff)
    return (
      <section class="site-toggle" aria-labelledby="site-heading">
        <h2 id="site-heading" class="sr-only">
          {t('siteHeading')}
        </h2>
        <p>{t('pageContextOff')}</p>
      </section>
    );
  const onEnable = (pattern: string) => {
    // No await before request(): the click's user gesture must still be active.
    enable(pattern, tabId).then(
      (ok) => setMessage(ok ? t('siteEnabled', { site: hostOf(pattern) }) : t('siteDenied')),
      () => setMessage(t('siteError')),
    );
  };
  return (
    <section class="site-toggle" aria-labelledby="site-heading">
      <h2 id="site-heading" class="sr-only">
        {t('siteHeading')}
      </h2>
      {enabledBy !== null && (
        <p>
          {t(managed ? 'siteManaged' : 'siteOn', { site: hostOf(enabledBy) })}{' '}
          {!managed && (
            <button
              type="button"
              onClick={() => void disable(enabledBy).then(() => setMessage(t('siteDisabled')))}
            >
              {t('siteDisable')}
            </button>
          )}
        </p>
      )}
      {enabledBy === null && candidate !== null && (
        <p>
          <button type="button" class="primary" onClick={() => onEnable(candidate)}>
            {t('siteEnable')}
          </button>{' '}
          <span class="muted">{hostOf(candidate)}</span>
        </p>
      )}
      {enabledBy === null && candidate === null && <p class="muted">{t('siteUnknown')}</p>}
      <p role="status" class="muted">
        {message}
      </p>
      {list.user.length + list.policy.length > 0 && (
        <details>
          <summary>{t('siteList', { count: list.user.length + list.policy.length })}</summary>
          <ul class="site-list">
            {list.policy.map((p) => (
              <li key={`p-${p}`}>
                {hostOf(p)} <span class="muted">({t('siteByPolicy')})</span>
              </li>
            ))}
            {list.user.map((p) => (
              <li key={`u-${p}`}>
                {hostOf(p)}{' '}
                <button
                  type="button"
                  aria-label={t('siteDisableNamed', { site: hostOf(p) })}
                  onClick={() => void disable(p)}
                >
                  {t('siteDisable')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

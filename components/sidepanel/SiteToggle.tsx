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

/** "Aktivera på den här webbplatsen" / "Stäng av": one line for the site's state. */
export function SiteToggle({ state, tabId, enable, disable, contextOff = false }: Props) {
  const [message, setMessage] = useState('');
  const { enabledBy, candidate, managed } = state;
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
    // No await before request(): the click's user gesture must still be active. On success the
    // "Hänvisa läser sidan på …" line says it: one line for the site's state, not two.
    enable(pattern, tabId).then(
      (ok) => setMessage(ok ? '' : t('siteDenied')),
      () => setMessage(t('siteError')),
    );
  };
  return (
    <section class="site-toggle" aria-labelledby="site-heading">
      <h2 id="site-heading" class="sr-only">
        {t('siteHeading')}
      </h2>
      {enabledBy !== null && (
        <p role="status">
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
      {message !== '' && (
        <p role="status" class="muted">
          {message}
        </p>
      )}
    </section>
  );
}

/**
 * The enabled sites, each with "Stäng av": at the foot of the panel, so the suggestions come
 * first (the list is also on the options page).
 */
export function SiteList({ state, disable }: Pick<Props, 'state' | 'disable'>) {
  const { list } = state;
  if (list.user.length + list.policy.length === 0) return null;
  return (
    <section class="site-list-section">
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
    </section>
  );
}

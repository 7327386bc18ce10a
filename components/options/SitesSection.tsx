import { useEffect, useState } from 'preact/hooks';
import type { SiteList } from '../../lib/page-context.ts';
import { send } from '../../platform/messaging.ts';
import { LOCKED_REASON } from './Locked.tsx';

/** Sites where the page context runs. Enabling happens from the side panel (it needs a click on the site). */
export function SitesSection() {
  const [sites, setSites] = useState<SiteList | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    send('ui:sites:list', {}).then(setSites, () => setError('Listan över webbplatser kunde inte läsas.'));
  }, []);
  const remove = (pattern: string) =>
    send('ui:sites:disable', { pattern }).then(setSites, () => setError(`${pattern} kunde inte tas bort.`));
  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">Webbplatser med sidstöd</h2>
      <p class="hint">
        Här läser Hänvisa sidan för att föreslå stöd. Lägg till en webbplats från sidopanelen när du är på
        den.
      </p>
      {error && <p role="alert">{error}</p>}
      {sites && sites.user.length + sites.policy.length === 0 && <p>Inga webbplatser är påslagna.</p>}
      <ul id="sites-list">
        {sites?.policy.map((pattern) => (
          <li key={`p:${pattern}`} data-locked="true">
            {pattern} <span class="setting__lock">🔒 {LOCKED_REASON}</span>
          </li>
        ))}
        {sites?.user.map((pattern) => (
          <li key={`u:${pattern}`}>
            {pattern}{' '}
            <button type="button" onClick={() => remove(pattern)} aria-label={`Ta bort ${pattern}`}>
              Ta bort
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

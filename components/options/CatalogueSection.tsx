import { useEffect, useState } from 'preact/hooks';
import type { Policy } from '../../data/policy-schema.ts';
import { t } from '../../lib/i18n/i18n-options.ts';
import { INITIAL_STATE } from '../../lib/remote/remote-catalogue.ts';
import { describeRefreshError } from '../../lib/remote/remote-catalogue-text.ts';
import { activeCatalogue, type CatalogueSource } from '../../platform/catalogue.ts';
import { send } from '../../platform/messaging.ts';
import { remoteStateItem } from '../../platform/remote-catalogue.ts';
import { useItem } from './use-admin-state.ts';

const WHEN = new Intl.DateTimeFormat('sv-SE', {
  dateStyle: 'short',
  timeStyle: 'short',
  timeZone: 'Europe/Stockholm',
});
const when = (iso: string | null | undefined) => (iso ? WHEN.format(new Date(iso)) : '–');

export function CatalogueSection({ policy }: { policy: Policy }) {
  const state = useItem(remoteStateItem, INITIAL_STATE);
  const [active, setActive] = useState<{ source: CatalogueSource; version: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    activeCatalogue().then(({ source, view }) => setActive({ source, version: view.version }), console.error);
  }, [state.good?.version, policy.catalogueUrl]);
  const refresh = () => {
    setBusy(true);
    send('ui:catalogue-refresh', {})
      .catch(console.error)
      .finally(() => setBusy(false));
  };
  const hasGood = state.good?.url === policy.catalogueUrl;
  return (
    <section aria-labelledby="catalogue-heading" id="catalogue-status">
      <h2 id="catalogue-heading">{t('optionsCatalogueHeading')}</h2>
      <dl>
        <dt>{t('optionsCatalogueSource')}</dt>
        <dd data-field="source">
          {active?.source === 'remote'
            ? t('optionsCatalogueRemote', { url: policy.catalogueUrl ?? '' })
            : t('optionsCatalogueBundled')}
        </dd>
        <dt>{t('optionsCatalogueVersion')}</dt>
        <dd data-field="version">{active?.version ?? '–'}</dd>
        {policy.catalogueUrl && (
          <>
            <dt>{t('optionsCatalogueFetched')}</dt>
            <dd data-field="fetched">{when(hasGood ? state.good?.fetchedAt : null)}</dd>
            <dt>{t('optionsCatalogueChecked')}</dt>
            <dd data-field="checked">{when(state.lastAttemptAt)}</dd>
          </>
        )}
      </dl>
      {policy.catalogueUrl && state.ingesting && (
        <p role="status" data-field="ingesting">
          {t('optionsCatalogueIngesting', { size: (state.ingesting.bytes / 1e6).toFixed(1) })}
        </p>
      )}
      {policy.catalogueUrl && state.error && (
        <p role="status" class="warning" data-field="error" data-code={state.error.code}>
          {t('optionsCatalogueFailed', { reason: describeRefreshError(state.error, hasGood) })}
        </p>
      )}
      {policy.catalogueUrl ? (
        <button type="button" id="catalogue-refresh" disabled={busy} onClick={refresh}>
          {busy ? t('optionsCatalogueFetching') : t('optionsCatalogueRefresh')}
        </button>
      ) : (
        <p class="hint">{t('optionsCatalogueNoUrl')}</p>
      )}
    </section>
  );
}

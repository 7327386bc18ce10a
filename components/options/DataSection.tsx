import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n/i18n-options.ts';
import { clearAllLocalData, exportUserData, importUserData } from '../../platform/local-data.ts';

type Status = { kind: 'ok' | 'error'; text: string } | null;

function download(text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: 'hanvisa-installningar.json' });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function DataSection() {
  const [status, setStatus] = useState<Status>(null);
  const [confirming, setConfirming] = useState(false);
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = await importUserData(await file.text());
    setStatus(
      result.ok
        ? { kind: 'ok', text: t('optionsDataImported', { count: result.file.favourites.length }) }
        : { kind: 'error', text: t('optionsDataImportFailed', { reason: result.reason }) },
    );
  };
  const clear = async () => {
    setConfirming(false);
    await clearAllLocalData();
    setStatus({ kind: 'ok', text: t('optionsDataCleared') });
  };
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">{t('optionsDataHeading')}</h2>
      <p class="hint">{t('optionsDataHint')}</p>
      <button type="button" id="export-settings" onClick={() => exportUserData().then(download)}>
        {t('optionsDataExport')}
      </button>{' '}
      <label for="import-settings">{t('optionsDataImport')} </label>
      <input
        id="import-settings"
        type="file"
        accept="application/json,.json"
        onChange={(e) => importFile(e.currentTarget)}
      />
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} id="data-status" data-kind={status.kind}>
          {status.text}
        </p>
      )}
      <h3>{t('optionsDataClearHeading')}</h3>
      <p class="hint">{t('optionsDataClearHint')}</p>
      {confirming ? (
        <fieldset>
          <legend>{t('optionsDataClearConfirm')}</legend>
          <button type="button" id="clear-confirm" onClick={clear}>
            {t('optionsDataClearYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('optionsDataClearCancel')}
          </button>
        </fieldset>
      ) : (
        <button type="button" id="clear-data" onClick={() => setConfirming(true)}>
          {t('optionsDataClear')}
        </button>
      )}
    </section>
  );
}

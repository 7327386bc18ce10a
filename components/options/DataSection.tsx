import { useState } from 'preact/hooks';
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
        ? { kind: 'ok', text: `Inställningar och ${result.file.favourites.length} favoriter lästes in.` }
        : { kind: 'error', text: `Filen lästes inte in: ${result.reason}` },
    );
  };
  const clear = async () => {
    setConfirming(false);
    await clearAllLocalData();
    setStatus({ kind: 'ok', text: 'All lokal data är rensad.' });
  };
  return (
    <section aria-labelledby="data-heading">
      <h2 id="data-heading">Dina data</h2>
      <p class="hint">
        Exportera dina inställningar och favoriter till en fil, till exempel för att flytta dem till en annan
        dator.
      </p>
      <button type="button" id="export-settings" onClick={() => exportUserData().then(download)}>
        Exportera till fil
      </button>{' '}
      <label for="import-settings">Importera från fil </label>
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
      <h3>Rensa all lokal data</h3>
      <p class="hint">
        Tar bort favoriter, senast använda, dina inställningar och webbplatser. Det går inte att ångra.
      </p>
      {confirming ? (
        <fieldset>
          <legend>Är du säker?</legend>
          <button type="button" id="clear-confirm" onClick={clear}>
            Ja, rensa allt
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Avbryt
          </button>
        </fieldset>
      ) : (
        <button type="button" id="clear-data" onClick={() => setConfirming(true)}>
          Rensa all lokal data …
        </button>
      )}
    </section>
  );
}

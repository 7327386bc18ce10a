import { useEffect, useState } from 'preact/hooks';
import type { Resource } from '../../data/schema.ts';
import type { CatalogueView } from '../../lib/catalogue/view.ts';
import { t } from '../../lib/i18n/i18n-options.ts';
import type { Effective } from '../../lib/policy/settings.ts';
import { DEFAULT_JOURNAL_TEMPLATE, journalLine } from '../../lib/resource/journal-line.ts';
import { updateSetting } from '../../platform/settings.ts';
import { Setting } from './Locked.tsx';

const PLACEHOLDERS = '{name} {organisation} {phone} {url} {date}';

/** A resource with a phone number makes the most telling preview (its details read once). */
function useSample(catalogue: CatalogueView): Resource | null {
  const [sample, setSample] = useState<Resource | null>(null);
  useEffect(() => {
    const id = catalogue.firstWithPhone() ?? catalogue.ids[0];
    if (id !== undefined) void catalogue.loadDetail(id).then((d) => setSample(d?.resource ?? null));
  }, [catalogue]);
  return sample;
}

export function JournalSection({
  template,
  catalogue,
}: {
  template: Effective<string | null>;
  catalogue: CatalogueView;
}) {
  const [draft, setDraft] = useState(template.value ?? DEFAULT_JOURNAL_TEMPLATE);
  useEffect(() => setDraft(template.value ?? DEFAULT_JOURNAL_TEMPLATE), [template.value]);
  const resource = useSample(catalogue);
  const change = (value: string) => {
    setDraft(value);
    updateSetting(
      'journalTemplate',
      value.trim() && value !== DEFAULT_JOURNAL_TEMPLATE ? value : undefined,
    ).catch(console.error);
  };
  return (
    <section aria-labelledby="journal-heading">
      <h2 id="journal-heading">{t('optionsJournalHeading')}</h2>
      <Setting id="journal-template" label={t('optionsJournalTemplate')} locked={template.locked}>
        <input
          id="journal-template"
          type="text"
          size={60}
          maxLength={500}
          disabled={template.locked}
          value={draft}
          onInput={(e) => change(e.currentTarget.value)}
        />
        <p class="hint">{t('optionsJournalHint', { placeholders: PLACEHOLDERS })}</p>
        {!template.locked && draft !== DEFAULT_JOURNAL_TEMPLATE && (
          <button type="button" onClick={() => change(DEFAULT_JOURNAL_TEMPLATE)}>
            {t('optionsJournalReset')}
          </button>
        )}
      </Setting>
      {resource && (
        <p>
          {t('optionsJournalPreview')}{' '}
          <output id="journal-preview">{journalLine(resource, draft, new Date())}</output>
        </p>
      )}
    </section>
  );
}

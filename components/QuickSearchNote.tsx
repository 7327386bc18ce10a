/**
 * The popup's note after the quick-search shortcut was pressed on a page where the overlay cannot
 * open (site not enabled, browser page). Shown once: the background's session flag is removed as
 * soon as it is read, and ignored when it is older than a few seconds.
 */
import { useEffect, useState } from 'preact/hooks';
import { type FallbackReason, noteToShow } from '../lib/extension/commands.ts';
import { t } from '../lib/i18n/i18n.ts';
import { quickSearchNoteItem } from '../platform/storage.ts';

export function QuickSearchNote() {
  const [reason, setReason] = useState<FallbackReason | null>(null);
  useEffect(() => {
    quickSearchNoteItem.getValue().then(
      (note) => {
        setReason(noteToShow(note, Date.now()));
        if (note) void quickSearchNoteItem.removeValue();
      },
      () => undefined,
    );
  }, []);
  if (!reason) return null;
  return (
    <p class="quicksearch-note" role="status">
      {t(reason === 'site-not-enabled' ? 'quickSearchNoteSite' : 'quickSearchNotePage')}
    </p>
  );
}

import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../lib/i18n/i18n.ts';
import type { InsertOutcome } from '../lib/page/page-context.ts';
import type { PanelActions } from './actions.ts';

const FAILURE: Record<Exclude<InsertOutcome, { inserted: true }>['reason'], MessageKey> = {
  'no-field': 'insertNoField',
  'field-gone': 'insertNoField',
  'read-only': 'insertReadOnly',
  'no-script': 'insertNoScript',
};

export type Insert = (text: string) => Promise<InsertOutcome>;

export interface InsertButtonProps {
  name: string;
  /** Built at click time, so the date in the line is today's */
  line: () => string;
  insert: Insert;
  actions: PanelActions;
  /** False where a copy button already sits beside this one (the card) */
  offerCopy?: boolean;
  /** -1 inside a suggestion row, whose own focus is the one Tab stop */
  tabIndex?: number;
  /** "Infoga" on the button (a suggestion row's narrow header); its label still says where */
  short?: boolean;
}

/**
 * "Infoga i journalen": puts the line at the caret of the user's last field in the tab. When there
 * is no such field it says so and offers to copy instead, in its own live region.
 */
export function InsertButton({
  name,
  line,
  insert,
  actions,
  offerCopy = true,
  tabIndex,
  short = false,
}: InsertButtonProps) {
  const [status, setStatus] = useState<{ text: string; offerCopy: boolean } | null>(null);
  const onInsert = async () => {
    const result = await insert(line());
    if (result.inserted) setStatus({ text: t('inserted'), offerCopy: false });
    else setStatus({ text: t(FAILURE[result.reason] ?? 'insertNoField'), offerCopy });
  };
  const onCopy = () => {
    const text = line();
    return actions.copy(text).then(
      () => setStatus({ text: t('copied', { text }), offerCopy: false }),
      () => setStatus({ text: t('copyFailed'), offerCopy: false }),
    );
  };
  return (
    <>
      <button
        type="button"
        tabIndex={tabIndex}
        aria-label={t('insertLabel', { name })}
        onClick={() => void onInsert()}
      >
        {t(short ? 'insertShort' : 'insertJournal')}
      </button>
      {status?.offerCopy && (
        <button type="button" tabIndex={tabIndex} onClick={() => void onCopy()}>
          {t('copyJournal')}
        </button>
      )}
      <span role="status" class="insert-status muted">
        {status?.text ?? ''}
      </span>
    </>
  );
}

import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n/i18n-options.ts';

/** One setting: its control, and when an administrator set it by policy, why it cannot be changed. */
export function Setting({
  id,
  label,
  locked,
  children,
}: {
  id: string;
  label: string;
  locked: boolean;
  children: ComponentChildren;
}) {
  return (
    <div
      class={`setting${locked ? ' setting--locked' : ''}`}
      data-setting={id}
      data-locked={locked ? 'true' : 'false'}
    >
      <label for={id}>{label}</label>
      {children}
      {locked && (
        <p class="setting__lock" id={`${id}-lock`}>
          <span aria-hidden="true">🔒 </span>
          {t('optionsLocked')}
        </p>
      )}
    </div>
  );
}

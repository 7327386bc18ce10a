import { t } from '../../lib/i18n/i18n-options.ts';
import type { PolicyResult } from '../../lib/policy/policy.ts';

/** Tells the user an administrator manages some settings; lists policy problems for the IT desk. */
export function PolicyNotice({ policy }: { policy: PolicyResult }) {
  const keys = Object.keys(policy.policy);
  if (keys.length === 0 && policy.warnings.length === 0) return null;
  return (
    <section aria-label={t('optionsPolicyLabel')} id="policy-notice">
      {keys.length > 0 && <p>{t('optionsPolicyManaged')}</p>}
      {policy.warnings.length > 0 && (
        <details>
          <summary>{t('optionsPolicyErrors', { count: policy.warnings.length })}</summary>
          <p class="hint">{t('optionsPolicyErrorsHint')}</p>
          <ul lang="en">
            {policy.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

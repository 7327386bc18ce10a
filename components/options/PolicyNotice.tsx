import type { PolicyResult } from '../../lib/policy.ts';

/** Tells the user an administrator manages some settings; lists policy problems for the IT desk. */
export function PolicyNotice({ policy }: { policy: PolicyResult }) {
  const keys = Object.keys(policy.policy);
  if (keys.length === 0 && policy.warnings.length === 0) return null;
  return (
    <section aria-label="Organisationens inställningar" id="policy-notice">
      {keys.length > 0 && <p>Din organisation har gjort vissa inställningar. De visas med ett lås.</p>}
      {policy.warnings.length > 0 && (
        <details>
          <summary>Fel i organisationens inställningar ({policy.warnings.length})</summary>
          <p class="hint">
            Felaktiga värden används inte. Kontakta IT-avdelningen och visa dem den här listan.
          </p>
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

/**
 * Discreet mode on the pages: a context every component reads it from, and the toggle. The
 * session's state is read by the surface (use-discreet-state.ts); what changes is in
 * lib/resource/discreet.ts. No browser glue here, so components stay testable in Node.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../lib/i18n/i18n.ts';

export const DiscreetContext = createContext(false);

export function useDiscreet(): boolean {
  return useContext(DiscreetContext);
}

/** "Diskret läge": a toggle button; the shortcut (Alt+Shift+D by default) does the same. */
export function DiscreetToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <button
      type="button"
      class="discreet-toggle"
      aria-pressed={on}
      aria-keyshortcuts="Alt+Shift+D"
      onClick={() => onChange(!on)}
    >
      {t('discreetMode')}
    </button>
  );
}

/**
 * Discreet mode on the pages: the session's state (platform/storage.ts `discreetItem`, set by the
 * shortcut, this toggle or the policy default), a context every component reads it from, and the
 * toggle itself. What changes is in lib/discreet.ts.
 */
import { createContext } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n/i18n.ts';
import { isDiscreet } from '../lib/resource/discreet.ts';
import { discreetItem } from '../platform/storage.ts';

export const DiscreetContext = createContext(false);

export function useDiscreet(): boolean {
  return useContext(DiscreetContext);
}

/** The session's discreet mode, kept current while the page is open. */
export function useDiscreetState(): [boolean, (on: boolean) => void] {
  const [session, setSession] = useState<boolean | null>(null);
  useEffect(() => {
    void discreetItem.getValue().then(setSession);
    return discreetItem.watch(setSession);
  }, []);
  return [isDiscreet(session, undefined), (on) => void discreetItem.setValue(on)];
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

/**
 * The session's discreet mode (platform/storage.ts `discreetItem`: set by the shortcut, the toggle
 * or the policy default), kept current while the page is open. For the surfaces' views only.
 */
import { useEffect, useState } from 'preact/hooks';
import { isDiscreet } from '../lib/resource/discreet.ts';
import { discreetItem } from '../platform/storage.ts';

/** The session's discreet mode, kept current while the page is open. */
export function useDiscreetState(): [boolean, (on: boolean) => void] {
  const [session, setSession] = useState<boolean | null>(null);
  useEffect(() => {
    void discreetItem.getValue().then(setSession);
    return discreetItem.watch(setSession);
  }, []);
  return [isDiscreet(session, undefined), (on) => void discreetItem.setValue(on)];
}

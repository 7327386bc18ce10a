/**
 * The options page's live view of settings and policy: re-read whenever the user's settings or
 * managed storage change, so a policy pushed while the page is open shows up at once.
 */
import { useEffect, useState } from 'preact/hooks';
import type { PolicyResult } from '../../lib/policy/policy.ts';
import type { EffectiveSettings } from '../../lib/policy/settings.ts';
import { onPolicyChanged, readPolicy } from '../../platform/policy.ts';
import { getEffectiveSettings, watchEffectiveSettings } from '../../platform/settings.ts';

export interface AdminState {
  policy: PolicyResult;
  settings: EffectiveSettings;
}

export function useAdminState(): AdminState | null {
  const [state, setState] = useState<AdminState | null>(null);
  useEffect(() => {
    let alive = true;
    const reload = () => {
      Promise.all([readPolicy(), getEffectiveSettings()]).then(([policy, settings]) => {
        if (alive) setState({ policy, settings });
      }, console.error);
    };
    reload();
    const stopSettings = watchEffectiveSettings(reload);
    const stopPolicy = onPolicyChanged(reload);
    return () => {
      alive = false;
      stopSettings();
      stopPolicy();
    };
  }, []);
  return state;
}

/** Re-renders with the latest value of a storage item. */
export function useItem<T>(
  item: { getValue(): Promise<T>; watch(cb: (value: T) => void): () => void },
  fallback: T,
): T {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    let alive = true;
    item.getValue().then((v) => alive && setValue(v), console.error);
    const stop = item.watch((v) => setValue(v));
    return () => {
      alive = false;
      stop();
    };
  }, [item]);
  return value;
}

/** The policy and effective settings the side panel follows while it is open. */
import { useEffect, useState } from 'preact/hooks';
import type { Policy } from '../../data/policy-schema.ts';
import type { EffectiveSettings } from '../../lib/policy/settings.ts';
import { getEffectivePolicy, onPolicyChanged } from '../../platform/policy.ts';
import { getEffectiveSettings, watchEffectiveSettings } from '../../platform/settings.ts';

export function usePanelSettings(): { policy: Policy; settings: EffectiveSettings | null } {
  const [policy, setPolicy] = useState<Policy>({});
  const [settings, setSettings] = useState<EffectiveSettings | null>(null);
  useEffect(() => {
    const warn = (error: unknown) => console.warn('Hänvisa: settings', String(error));
    getEffectivePolicy().then(setPolicy, warn);
    getEffectiveSettings().then(setSettings, warn);
    const stopPolicy = onPolicyChanged(({ policy: next }) => setPolicy(next));
    const stopSettings = watchEffectiveSettings(setSettings);
    return () => {
      stopPolicy();
      stopSettings();
    };
  }, []);
  return { policy, settings };
}

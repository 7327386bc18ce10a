import type { Resource } from '../data/schema.ts';
import { canHandOut } from '../lib/handout/request.ts';
import { t } from '../lib/i18n/i18n.ts';
import type { PanelActions } from './actions.ts';
import { useFeatureOff } from './features.ts';

export interface HandoutButtonProps {
  resource: Pick<Resource, 'id' | 'kind' | 'audience'>;
  actions: PanelActions;
  /** The name in the button's label: the neutral label in discreet mode */
  label: string;
  /** -1 inside a suggestion row, whose own focus is the one Tab stop */
  tabIndex?: number;
}

/**
 * "Ge till patienten": opens the card-sized slip with its QR code (entrypoints/handout) in a new
 * tab. Only for what a patient or relative may contact, and not when the administrator switched
 * handouts off.
 */
export function HandoutButton({ resource, actions, label, tabIndex }: HandoutButtonProps) {
  const off = useFeatureOff('handout');
  const open = actions.openHandout;
  if (off || open === undefined || !canHandOut(resource)) return null;
  return (
    <button
      type="button"
      class="handout-button"
      tabIndex={tabIndex}
      aria-label={t('giveToPatientLabel', { name: label })}
      onClick={() => open(resource.id)}
    >
      {t('giveToPatient')}
    </button>
  );
}

import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../lib/i18n/i18n.ts';
import type { SearchStore } from '../lib/results/search-store.ts';
import { AGE_GROUPS, type AgeGroup } from '../lib/storage/user-data.ts';

const AGE_KEYS: Record<AgeGroup, MessageKey> = {
  under15: 'ageUnder15',
  '15-17': 'age15to17',
  '18-25': 'age18to25',
  over25: 'ageOver25',
};

function Toggle({
  pressed,
  onClick,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  children: ComponentChildren;
}) {
  return (
    <button type="button" class="chip-toggle" aria-pressed={pressed} onClick={onClick}>
      {children}
    </button>
  );
}

/** Toggle buttons; pressing a pressed one turns it off. Audience and age are one-of groups. */
export function FilterBar({ store }: { store: SearchStore }) {
  const f = store.filters.value;
  const audience = (value: 'patient' | 'staff') =>
    store.setFilters({ audience: f.audience === value ? null : value });
  return (
    <fieldset class="filters">
      <legend class="sr-only">{t('filtersLabel')}</legend>
      <Toggle pressed={f.openNow} onClick={() => store.setFilters({ openNow: !f.openNow })}>
        {t('filterOpenNow')}
      </Toggle>
      <Toggle pressed={f.audience === 'patient'} onClick={() => audience('patient')}>
        {t('filterPatient')}
      </Toggle>
      <Toggle pressed={f.audience === 'staff'} onClick={() => audience('staff')}>
        {t('filterStaff')}
      </Toggle>
      <fieldset class="filter-age">
        <legend>{t('filterAgeLabel')}:</legend>
        {AGE_GROUPS.map((group) => (
          <Toggle
            key={group}
            pressed={f.ageGroup === group}
            onClick={() => store.setFilters({ ageGroup: f.ageGroup === group ? null : group })}
          >
            {t(AGE_KEYS[group])}
          </Toggle>
        ))}
      </fieldset>
    </fieldset>
  );
}

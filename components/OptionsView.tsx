import { t } from '../lib/i18n/i18n-options.ts';
import type { ViewProps } from './App.tsx';
import { CatalogueSection } from './options/CatalogueSection.tsx';
import { DataSection } from './options/DataSection.tsx';
import { FavouritesSection } from './options/FavouritesSection.tsx';
import { GeneralSection } from './options/GeneralSection.tsx';
import { JournalSection } from './options/JournalSection.tsx';
import { PolicyNotice } from './options/PolicyNotice.tsx';
import { ShortcutsSection } from './options/ShortcutsSection.tsx';
import { SitesSection } from './options/SitesSection.tsx';
import { useAdminState } from './options/use-admin-state.ts';
import './options/options.css';

export function OptionsView({ catalogue }: ViewProps) {
  const state = useAdminState();
  return (
    <>
      <h1>{t('optionsTitle')}</h1>
      {/* For the administrator: what is read, that nothing leaves the browser, where the guide is. */}
      <p class="options-about">{t('optionsAbout')}</p>
      {state === null ? (
        <p aria-busy="true">{t('optionsLoading')}</p>
      ) : (
        <>
          <PolicyNotice policy={state.policy} />
          <GeneralSection settings={state.settings} />
          <SitesSection />
          <JournalSection template={state.settings.journalTemplate} catalogue={catalogue} />
          <FavouritesSection catalogue={catalogue} />
          <CatalogueSection policy={state.policy.policy} />
          <ShortcutsSection />
          <DataSection />
        </>
      )}
    </>
  );
}

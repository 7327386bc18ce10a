import { t } from '../lib/i18n.ts';
import type { ViewProps } from './App.tsx';

export function SidePanelView({ catalogue }: ViewProps) {
  return (
    <>
      <h1>{t('appTitle')}</h1>
      <p>{catalogue.resources.length}</p>
    </>
  );
}

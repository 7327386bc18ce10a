import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CatalogueView } from '../lib/catalogue/view.ts';
import { t } from '../lib/i18n/i18n.ts';
import { loadCatalogue } from '../platform/catalogue.ts';

export type Surface = 'popup' | 'sidepanel' | 'options' | 'handout';

export interface ViewProps {
  catalogue: CatalogueView;
  surface: Surface;
}

type State = { status: 'loading' } | { status: 'ready'; catalogue: CatalogueView } | { status: 'error' };

/**
 * The shell every extension page shares: loads the catalogue once, then renders the page's own
 * view. Each entrypoint passes its view, so the popup bundle holds only what the popup uses.
 */
export function App({ surface, view: View }: { surface: Surface; view: ComponentType<ViewProps> }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    loadCatalogue().then(
      (catalogue) => setState({ status: 'ready', catalogue }),
      (error: unknown) => {
        console.error('Hänvisa: catalogue could not be loaded:', error);
        setState({ status: 'error' });
      },
    );
  }, []);
  return (
    <main class={`app app--${surface}`} data-surface={surface}>
      {state.status === 'loading' && <p aria-busy="true">{t('loading')}</p>}
      {state.status === 'error' && <p role="alert">{t('catalogueError')}</p>}
      {state.status === 'ready' && <View catalogue={state.catalogue} surface={surface} />}
    </main>
  );
}

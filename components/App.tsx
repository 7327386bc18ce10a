import { t } from '../lib/i18n.ts';

export type Surface = 'popup' | 'sidepanel' | 'options';

export function App({ surface }: { surface: Surface }) {
  return (
    <main class={`app app--${surface}`} data-surface={surface}>
      <h1>{t('appTitle')}</h1>
    </main>
  );
}

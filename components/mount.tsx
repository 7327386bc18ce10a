import { type ComponentType, render } from 'preact';
import { loadLocale, pickLocale } from '../lib/i18n/i18n.ts';
import { App, type Surface, type ViewProps } from './App.tsx';

/** Every extension page mounts the same shell; the entrypoint decides which view it shows. */
export async function mountApp(surface: Surface, view: ComponentType<ViewProps>): Promise<void> {
  const locale = pickLocale(navigator.languages);
  await loadLocale(locale);
  document.documentElement.lang = locale;
  const root = document.getElementById('app');
  if (!root) throw new Error('Hänvisa: #app element missing');
  render(<App surface={surface} view={view} />, root);
}

import { render } from 'preact';
import { pickLocale, setLocale } from '../lib/i18n.ts';
import { App, type Surface } from './App.tsx';

/** Every extension page mounts the same tree; the surface decides what it shows. */
export function mountApp(surface: Surface): void {
  setLocale(pickLocale(navigator.languages));
  const root = document.getElementById('app');
  if (!root) throw new Error('Hänvisa: #app element missing');
  document.documentElement.lang = surface === 'options' ? document.documentElement.lang : 'sv';
  render(<App surface={surface} />, root);
}

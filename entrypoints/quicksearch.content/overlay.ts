/**
 * The quick-search palette: a dialog in a shadow root with the combobox/listbox pattern, the
 * active result at a glance under the list (glance.ts) and the discreet-mode button. It knows
 * nothing of the catalogue; `search`, the actions and discreet mode are passed in.
 */
import { t } from '../../lib/i18n/i18n-quicksearch.ts';
import type { QuickItem } from '../../lib/quick-search/quick-items.ts';
import { el } from './el.ts';
import { renderGlance } from './glance.ts';
import { OVERLAY_CSS } from './styles.ts';
import { listStatus } from './texts.ts';

export type OverlayAction = 'insert' | 'copy' | 'panel';

export interface OverlayOptions {
  search(query: string): Promise<QuickItem[]>;
  /** Returns a status text to show, or null when the overlay may close */
  act(action: OverlayAction, item: QuickItem): Promise<string | null>;
  /** The discreet-mode button: switch the session's mode; resolves when it is set */
  setDiscreet(on: boolean): Promise<void>;
  /** Esc or a click outside: close and put the user back. */
  dismiss(): void;
}

export const HOST_TAG = 'hanvisa-quicksearch';

export function createOverlay(opts: OverlayOptions) {
  const host = el(HOST_TAG as 'div');
  const root = host.attachShadow({ mode: 'open' });
  const backdrop = el('div', { class: 'backdrop' });
  const dialog = el('div', { class: 'palette', role: 'dialog', 'aria-modal': 'true' });
  dialog.setAttribute('aria-labelledby', 'hq-title');
  const title = el('p', { class: 'title', id: 'hq-title' }, t('quickSearchLabel'));
  const discreetButton = el(
    'button',
    { type: 'button', class: 'discreet-toggle', 'aria-pressed': 'false', 'aria-keyshortcuts': 'Alt+Shift+D' },
    t('discreetMode'),
  );
  const input = el('input', {
    type: 'text',
    role: 'combobox',
    'aria-autocomplete': 'list',
    'aria-expanded': 'false',
    'aria-controls': 'hq-list',
    'aria-labelledby': 'hq-title',
    'aria-describedby': 'hq-hint',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: t('quickSearchPlaceholder'),
  });
  const list = el('ul', { id: 'hq-list', role: 'listbox', 'aria-label': t('resultsLabel') });
  const active = el('div', { class: 'active' });
  const status = el('p', { class: 'status', role: 'status' }, t('quickSearchEmpty'));
  const hint = el('p', { class: 'hint', id: 'hq-hint' }, t('quickSearchHint'));
  const head = el('div', { class: 'head' });
  head.append(title, discreetButton);
  dialog.append(head, input, list, active, status, hint);
  root.append(el('style', {}, OVERLAY_CSS), backdrop, dialog);

  // Every listener goes with the overlay, also when the extension ends under it.
  const listening = new AbortController();
  const on = { signal: listening.signal };
  let items: QuickItem[] = [];
  let current = -1;
  let turn = 0;
  let busy = false;
  // The glance's own listeners go when it is drawn again.
  let glanceListeners = new AbortController();

  function select(index: number): void {
    current = items.length === 0 ? -1 : (index + items.length) % items.length;
    list.querySelectorAll('li').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === current));
      if (i === current) li.scrollIntoView({ block: 'nearest' });
    });
    if (current >= 0) input.setAttribute('aria-activedescendant', `hq-opt-${current}`);
    else input.removeAttribute('aria-activedescendant');
    glanceListeners.abort();
    glanceListeners = new AbortController();
    const item = items[current] ?? null;
    const copy = () => void run('copy', current);
    active.replaceChildren(...renderGlance(item, { copy }, glanceListeners.signal));
  }

  function render(next: QuickItem[], query: string): void {
    items = next;
    list.replaceChildren(
      ...next.map((item, i) => {
        const li = el('li', { id: `hq-opt-${i}`, role: 'option', 'aria-selected': 'false' });
        const meta = [item.organisation, item.phone].filter((s) => s && s !== item.name).join(' · ');
        li.append(el('span', { class: 'name' }, item.name), el('span', { class: 'meta' }, meta));
        li.addEventListener('mousedown', (e) => e.preventDefault(), on);
        li.addEventListener('click', () => void run('insert', i), on);
        return li;
      }),
    );
    input.setAttribute('aria-expanded', String(next.length > 0));
    // Which query the list shows (the browser tests wait for it).
    list.setAttribute('data-query', query);
    status.textContent = listStatus(query, next.length);
    select(0);
  }

  async function update(): Promise<void> {
    const mine = ++turn;
    const query = input.value;
    const found = query.trim() === '' ? [] : await opts.search(query).catch(() => null);
    if (mine !== turn) return;
    if (found === null) status.textContent = t('quickSearchFailed');
    else render(found, query);
  }

  async function run(action: OverlayAction, index = current): Promise<void> {
    const item = items[index];
    if (!item || busy) return;
    busy = true;
    try {
      const message = await opts.act(action, item);
      if (message !== null) status.textContent = message;
    } finally {
      busy = false;
    }
  }

  /** Tab and Shift+Tab stay in the dialog: the search box, the glance's link and button, the toggle. */
  function cycle(back: boolean): void {
    const stops = [
      input,
      ...dialog.querySelectorAll<HTMLElement>('.active a, .active button'),
      discreetButton,
    ];
    const at = stops.indexOf(root.activeElement as HTMLElement);
    const next = stops[(at + (back ? -1 : 1) + stops.length) % stops.length];
    next?.focus({ preventScroll: true });
  }

  function onInputKey(e: KeyboardEvent): boolean {
    if (e.key === 'ArrowDown') select(current + 1);
    else if (e.key === 'ArrowUp') select(current - 1);
    else if (e.key === 'Home' && e.ctrlKey) select(0);
    else if (e.key === 'End' && e.ctrlKey) select(items.length - 1);
    else if (e.key === 'Enter') void run(e.ctrlKey || e.metaKey ? 'copy' : e.altKey ? 'panel' : 'insert');
    else return false;
    return true;
  }

  input.addEventListener('input', () => void update(), on);
  dialog.addEventListener(
    'keydown',
    (e) => {
      // Typing in the overlay is not typing in the journal: the page's own shortcuts must not see it.
      e.stopPropagation();
      if (e.key === 'Escape') opts.dismiss();
      else if (e.key === 'Tab') cycle(e.shiftKey);
      else if (!(e.target === input && onInputKey(e))) return;
      e.preventDefault();
    },
    on,
  );
  discreetButton.addEventListener(
    'click',
    () => void opts.setDiscreet(discreetButton.getAttribute('aria-pressed') !== 'true'),
    on,
  );
  backdrop.addEventListener(
    'mousedown',
    (e) => {
      e.preventDefault();
      opts.dismiss();
    },
    on,
  );

  return {
    host,
    input,
    focus(): void {
      input.focus({ preventScroll: true });
      input.select();
    },
    setStatus(text: string): void {
      status.textContent = text;
    },
    /** Shows the session's discreet mode on the button and asks for the list again in its wording. */
    showDiscreet(isOn: boolean): void {
      const changed = discreetButton.getAttribute('aria-pressed') !== String(isOn);
      discreetButton.setAttribute('aria-pressed', String(isOn));
      if (changed && input.value.trim() !== '') void update();
    },
    /** Takes the overlay, its listeners and its focus trap off the page. */
    destroy(): void {
      glanceListeners.abort();
      listening.abort();
      host.remove();
    },
  };
}

/**
 * The quick-search palette: a dialog in a shadow root with the combobox/listbox pattern. It knows
 * nothing of the catalogue; `search` and the three actions are passed in.
 */
import { t } from '../../lib/i18n/i18n-quicksearch.ts';
import type { QuickItem } from '../../lib/quick-search/quick-items.ts';
import { OVERLAY_CSS } from './styles.ts';

export type OverlayAction = 'insert' | 'copy' | 'panel';

export interface OverlayOptions {
  search(query: string): Promise<QuickItem[]>;
  /** Returns a status text to show, or null when the overlay may close */
  act(action: OverlayAction, item: QuickItem): Promise<string | null>;
  /** Esc or a click outside: close and put the user back. */
  dismiss(): void;
}

export const HOST_TAG = 'hanvisa-quicksearch';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  text = '',
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text) node.textContent = text;
  return node;
}

export function createOverlay(opts: OverlayOptions) {
  const host = el(HOST_TAG as 'div');
  const root = host.attachShadow({ mode: 'open' });
  const style = el('style', {}, OVERLAY_CSS);
  const backdrop = el('div', { class: 'backdrop' });
  const dialog = el('div', {
    class: 'palette',
    role: 'dialog',
    'aria-modal': 'true',
    'aria-labelledby': 'hq-title',
  });
  const title = el('p', { class: 'title', id: 'hq-title' }, t('quickSearchLabel'));
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
  const status = el('p', { class: 'status', role: 'status' }, t('quickSearchEmpty'));
  const hint = el('p', { class: 'hint', id: 'hq-hint' }, t('quickSearchHint'));
  dialog.append(title, input, list, status, hint);
  root.append(style, backdrop, dialog);

  // Every listener goes with the overlay, also when the extension ends under it.
  const listening = new AbortController();
  const on = { signal: listening.signal };
  let items: QuickItem[] = [];
  let active = -1;
  let turn = 0;
  let busy = false;

  function select(index: number): void {
    active = items.length === 0 ? -1 : (index + items.length) % items.length;
    list.querySelectorAll('li').forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === active));
      if (i === active) li.scrollIntoView({ block: 'nearest' });
    });
    if (active >= 0) input.setAttribute('aria-activedescendant', `hq-opt-${active}`);
    else input.removeAttribute('aria-activedescendant');
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
    const count = next.length;
    status.textContent =
      query.trim() === ''
        ? t('quickSearchEmpty')
        : count === 0
          ? t('resultCountNone')
          : count === 1
            ? t('resultCountOne')
            : t('resultCount', { count });
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

  async function run(action: OverlayAction, index = active): Promise<void> {
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

  input.addEventListener('input', () => void update(), on);
  input.addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'ArrowDown') select(active + 1);
      else if (e.key === 'ArrowUp') select(active - 1);
      else if (e.key === 'Home' && e.ctrlKey) select(0);
      else if (e.key === 'End' && e.ctrlKey) select(items.length - 1);
      else if (e.key === 'Enter') void run(e.ctrlKey || e.metaKey ? 'copy' : e.altKey ? 'panel' : 'insert');
      else if (e.key === 'Escape') opts.dismiss();
      else if (e.key === 'Tab') {
        /* one focusable element: focus stays in the dialog */
      } else {
        e.stopPropagation(); // typing: the page's own shortcuts must not see it
        return;
      }
      e.preventDefault();
      e.stopPropagation();
    },
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
    /** Takes the overlay, its listeners and its focus trap off the page. */
    destroy(): void {
      listening.abort();
      host.remove();
    },
  };
}

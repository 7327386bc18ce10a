/**
 * The active result at a glance, as the side panel and the popup show it: its name (the neutral
 * label in discreet mode), the number as a tel: link with a copy button, or the chat or web link,
 * and the live status ("Öppet nu · stänger 16:00", "Stängt · öppnar mån 09:00", "Öppettider
 * okända"). Outside the listbox, so its link and button are ordinary Tab stops of the dialog.
 */
import { t } from '../../lib/i18n/i18n-quicksearch.ts';
import type { QuickItem } from '../../lib/quick-search/quick-items.ts';
import { el } from './el.ts';

export interface GlanceHandlers {
  copy(item: QuickItem): void;
}

export function renderGlance(item: QuickItem | null, handlers: GlanceHandlers, signal: AbortSignal): Node[] {
  if (item === null) return [];
  const name = el('strong', { class: 'active-name' }, item.name);
  const line = el('p', { class: 'glance' });
  const primary = item.primary;
  if (primary === null) line.append(el('span', {}, t('noKnownChannel')));
  else if (primary.type === 'phone') {
    const link = el('a', { href: primary.href, class: 'phone' }, primary.number);
    link.append(el('span', { class: 'sr-only' }, ` (${t('callLabel', { name: item.name })})`));
    const copy = el(
      'button',
      { type: 'button', class: 'copy', 'aria-label': t('copyNumberLabel', { name: item.name }) },
      t('copyNumber'),
    );
    // Keeps focus where it is on a mouse click (the search box): the page's journal stays behind.
    copy.addEventListener('mousedown', (e) => e.preventDefault(), { signal });
    copy.addEventListener('click', () => handlers.copy(item), { signal });
    line.append(link, ' ', copy);
  } else {
    const label = t(primary.type === 'chat' ? 'primaryChat' : 'primaryWeb');
    const link = el(
      'a',
      { href: primary.url, target: '_blank', rel: 'noopener noreferrer' },
      `${label}: ${primary.host}`,
    );
    const what = primary.type === 'chat' ? 'openChatLabel' : 'openWebLabel';
    link.append(el('span', { class: 'sr-only' }, ` (${t(what, { name: item.name })})`));
    line.append(link);
  }
  if (item.status)
    line.append(' ', el('span', { class: `hours-status hours-${item.status.state}` }, item.status.text));
  return [name, line];
}

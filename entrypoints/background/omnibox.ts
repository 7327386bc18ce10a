/**
 * The address-bar keyword "hv": live suggestions from the catalogue; Enter shows the resource (or
 * the search) in the side panel, and falls back to the resource's web page or the popup page in a
 * tab where the panel cannot open.
 */
import { type Browser, browser } from 'wxt/browser';
import { t } from '../../lib/i18n/i18n-browser.ts';
import {
  buildSuggestions,
  escapeXml,
  type OmniboxChoice,
  parseOmniboxInput,
} from '../../lib/quick-search/omnibox.ts';
import { firstPhone, firstUrl } from '../../lib/quick-search/quick-items.ts';
import { findResource, openPanelWith, searchCatalogue } from './quick-search.ts';

const MARKUP = import.meta.env.BROWSER !== 'firefox';
/** Ids seen in the last search: Enter must be handled without waiting for the catalogue. */
const knownIds = new Set<string>();
let latest = 0;

async function suggest(text: string, reply: (s: Browser.omnibox.SuggestResult[]) => void): Promise<void> {
  const turn = ++latest;
  const { catalogue, hits } = await searchCatalogue(text, 6);
  const found = new Map(
    (await Promise.all(hits.map((h) => findResource(catalogue, h.id)))).flatMap((r) =>
      r ? [[r.id, r]] : [],
    ),
  );
  if (turn !== latest) return;
  if (knownIds.size === 0) for (const id of catalogue.ids) knownIds.add(id);
  const lookup = (id: string) => {
    const r = found.get(id);
    return r && { id: r.id, name: r.name, organisation: r.organisation, phone: firstPhone(r) };
  };
  reply(buildSuggestions(hits, lookup, { markup: MARKUP }));
}

async function fallback(choice: NonNullable<OmniboxChoice>, disposition: string): Promise<void> {
  let url = browser.runtime.getURL(
    `/popup.html?q=${encodeURIComponent(choice.kind === 'query' ? choice.query : '')}` as '/popup.html',
  );
  if (choice.kind === 'resource') {
    const { catalogue } = await searchCatalogue('', 0);
    const resource = await findResource(catalogue, choice.id);
    url =
      (resource && firstUrl(resource)) ??
      browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(resource?.name ?? '')}` as '/popup.html');
  }
  if (disposition === 'currentTab') await browser.tabs.update({ url });
  else await browser.tabs.create({ url, active: disposition !== 'newBackgroundTab' });
}

export function startOmnibox(): void {
  browser.omnibox.setDefaultSuggestion({
    description: MARKUP ? escapeXml(t('omniboxDefault')) : t('omniboxDefault'),
  });
  browser.omnibox.onInputChanged.addListener((text, reply) => {
    suggest(text, reply).catch((error: unknown) => console.warn('Hänvisa: omnibox', String(error)));
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    const choice = parseOmniboxInput(text, (id) => knownIds.has(id));
    if (!choice) return;
    // No await before opening: Enter in the address bar is the user gesture.
    const opened = openPanelWith(
      { windowId: browser.windows.WINDOW_ID_CURRENT },
      choice.kind === 'query' ? choice.query : '',
      choice.kind === 'resource' ? choice.id : null,
    );
    void opened.then((ok) => (ok ? undefined : fallback(choice, disposition)));
  });
}

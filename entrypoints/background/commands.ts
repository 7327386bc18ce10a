/**
 * The keyboard shortcuts: the side panel, and the in-page quick-search, which opens only on sites
 * the user or the administrator enabled. Elsewhere the popup opens instead, with a note saying why.
 * (`_execute_action` opens the popup without any code here.)
 */
import { type Browser, browser } from 'wxt/browser';
import {
  COMMAND_DISCREET,
  COMMAND_SIDE_PANEL,
  type FallbackReason,
  routeCommand,
} from '../../lib/extension/commands.ts';
import { coveredBy, unionSites } from '../../lib/policy/sites.ts';
import { listSites } from '../../platform/sites.ts';
import { quickSearchNoteItem } from '../../platform/storage.ts';
import { toggleDiscreet } from './discreet.ts';
import { openPanel } from './quick-search.ts';

/** The built overlay script (entrypoints/quicksearch.content/). */
export const QUICKSEARCH_SCRIPT = '/content-scripts/quicksearch.js';

type Tab = Browser.tabs.Tab;

async function siteEnabled(url: string | undefined): Promise<boolean> {
  if (!url) return false;
  const sites = await listSites();
  const pattern = coveredBy(url, unionSites(sites.user, sites.policy));
  return pattern !== null && (await browser.permissions.contains({ origins: [pattern] }).catch(() => false));
}

async function openPopup(reason: FallbackReason): Promise<void> {
  await quickSearchNoteItem.setValue({ reason, at: Date.now() });
  await browser.action.openPopup().catch((error: unknown) => {
    console.warn('Hänvisa: popup could not be opened:', String(error));
  });
}

async function openOverlay(tab: Tab & { id: number }): Promise<void> {
  try {
    await browser.scripting.executeScript({
      target: { tabId: tab.id, frameIds: [0] },
      files: [QUICKSEARCH_SCRIPT],
    });
  } catch (error) {
    // The page refused the script (e.g. the permission went away since the check).
    console.warn('Hänvisa: quick-search could not start:', String(error));
    await openPopup('site-not-enabled');
  }
}

export async function handleCommand(command: string, tab: Tab | undefined): Promise<void> {
  // For the benchmark: when the browser handed us the shortcut.
  (globalThis as { hanvisaCommandAt?: number }).hanvisaCommandAt = Date.now();
  if (command === COMMAND_SIDE_PANEL) {
    // Before any await: the shortcut is the user gesture sidePanel.open needs.
    if (tab?.id !== undefined) void openPanel({ tabId: tab.id });
    else if (tab?.windowId !== undefined) void openPanel({ windowId: tab.windowId });
    return;
  }
  if (command === COMMAND_DISCREET) return toggleDiscreet();
  const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const url = active?.url;
  const action = routeCommand(command, active ? { url, siteEnabled: await siteEnabled(url) } : null);
  if (action?.kind === 'overlay' && active?.id !== undefined) await openOverlay({ ...active, id: active.id });
  else if (action?.kind === 'popup') await openPopup(action.reason);
}

export function startCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    handleCommand(command, tab).catch((error: unknown) => console.error('Hänvisa: shortcut', command, error));
  });
}

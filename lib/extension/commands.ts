/**
 * What each keyboard shortcut does. Pure: the background (entrypoints/background/commands.ts)
 * looks up the active tab and carries the action out. The in-page overlay only opens on sites
 * where the extension is enabled; elsewhere the popup opens instead and says why.
 */

/** Command names as in the manifest (`_execute_action` is handled by the browser itself). */
export const COMMAND_SIDE_PANEL = 'open-side-panel';
export const COMMAND_QUICK_SEARCH = 'quick-search';
/** Discreet mode on and off, on every surface, for the rest of the browser session. */
export const COMMAND_DISCREET = 'discreet-mode';

/** Why the popup opened instead of the overlay (the popup shows a note). */
export type FallbackReason = 'site-not-enabled' | 'not-a-web-page';

export type CommandAction =
  | { kind: 'side-panel' }
  | { kind: 'discreet' }
  | { kind: 'overlay' }
  | { kind: 'popup'; reason: FallbackReason };

export interface ActiveTab {
  /** The page address, when the browser tells us (it does on sites we hold permission for). */
  url: string | undefined;
  /** Whether the page's site is one the user or the administrator enabled. */
  siteEnabled: boolean;
}

function isWebPage(url: string | undefined): boolean {
  return url !== undefined && /^https?:\/\//i.test(url);
}

export function routeCommand(command: string, tab: ActiveTab | null): CommandAction | null {
  if (command === COMMAND_SIDE_PANEL) return { kind: 'side-panel' };
  if (command === COMMAND_DISCREET) return { kind: 'discreet' };
  if (command !== COMMAND_QUICK_SEARCH) return null;
  if (tab?.siteEnabled && isWebPage(tab.url)) return { kind: 'overlay' };
  // Without permission the browser hides the address: such a page is a site nobody enabled.
  if (tab === null || (tab.url !== undefined && !isWebPage(tab.url)))
    return { kind: 'popup', reason: 'not-a-web-page' };
  return { kind: 'popup', reason: 'site-not-enabled' };
}

/** The popup's note after a fallback: shown once, and only shortly after the shortcut. */
export interface FallbackNote {
  reason: FallbackReason;
  at: number;
}

export const NOTE_TTL_MS = 10_000;

export function noteToShow(note: FallbackNote | null, now: number): FallbackReason | null {
  if (!note) return null;
  if (note.reason !== 'site-not-enabled' && note.reason !== 'not-a-web-page') return null;
  const age = now - note.at;
  return age >= 0 && age <= NOTE_TTL_MS ? note.reason : null;
}

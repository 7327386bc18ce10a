/**
 * The manifest's keyboard shortcuts, in one place for the build, the options page and the tests.
 * Alt+Shift+letter: free in Chrome, Edge and Firefox and rarely used by web journals (which favour
 * Ctrl+letter and F-keys). Chromium assigns these defaults; it silently dropped Alt+Shift+P in a
 * trial, so a browser test reads chrome.commands.getAll() and fails on an unassigned default.
 */
import { COMMAND_DISCREET, COMMAND_QUICK_SEARCH, COMMAND_SIDE_PANEL } from './commands.ts';

export const DEFAULT_KEYS = {
  popup: 'Alt+Shift+H',
  sidePanel: 'Alt+Shift+Y',
  quickSearch: 'Alt+Shift+K',
  /** D for "diskret"; not used by Chrome, Edge, Firefox or the journals we know. */
  discreet: 'Alt+Shift+D',
} as const;

interface ManifestCommand {
  suggested_key: { default: string };
  description: string;
}

/** Firefox MV2 names the toolbar button's command differently and opens its sidebar itself. */
export function manifestCommands(browser: string, manifestVersion: number): Record<string, ManifestCommand> {
  const command = (key: string, message: string): ManifestCommand => ({
    suggested_key: { default: key },
    description: `__MSG_${message}__`,
  });
  const firefox = browser === 'firefox';
  return {
    [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: command(
      DEFAULT_KEYS.popup,
      'commandPopup',
    ),
    [firefox ? '_execute_sidebar_action' : COMMAND_SIDE_PANEL]: command(
      DEFAULT_KEYS.sidePanel,
      'commandSidePanel',
    ),
    [COMMAND_QUICK_SEARCH]: command(DEFAULT_KEYS.quickSearch, 'commandQuickSearch'),
    [COMMAND_DISCREET]: command(DEFAULT_KEYS.discreet, 'commandDiscreet'),
  };
}

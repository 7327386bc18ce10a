import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { COMMAND_DISCREET, COMMAND_QUICK_SEARCH, COMMAND_SIDE_PANEL } from '../../lib/extension/commands.ts';
import { t as browserT } from '../../lib/i18n/i18n-browser.ts';
import { t } from '../../lib/i18n/i18n-options.ts';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/**
 * What each command does, in the extension's language: the browser gives its description in the
 * browser's UI language, which on a managed PC is often English.
 */
const DESCRIPTIONS: Record<string, Parameters<typeof browserT>[0]> = {
  _execute_action: 'commandPopup',
  _execute_browser_action: 'commandPopup',
  [COMMAND_SIDE_PANEL]: 'commandSidePanel',
  _execute_sidebar_action: 'commandSidePanel',
  [COMMAND_QUICK_SEARCH]: 'commandQuickSearch',
  [COMMAND_DISCREET]: 'commandDiscreet',
};

const isFirefox = () => browser.runtime.getURL('/').startsWith('moz-extension:');

export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    browser.commands.getAll().then((all) => {
      const known = all.filter((c) => c.name !== undefined && DESCRIPTIONS[c.name] !== undefined);
      setShortcuts(
        known.map((c) => ({
          name: c.name ?? '',
          description: browserT(DESCRIPTIONS[c.name ?? ''] ?? 'commandPopup'),
          shortcut: c.shortcut ?? '',
        })),
      );
    }, console.error);
  }, []);
  const openSettings = () => {
    // chrome:// pages cannot be linked from a page, but an extension may open them in a tab.
    browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(console.error);
  };
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      <table id="shortcuts">
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name} data-command={s.name}>
              <td>{s.description}</td>
              <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : t('optionsShortcutNone')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {isFirefox() ? (
        <p class="hint">{t('optionsShortcutsFirefox')}</p>
      ) : (
        <p class="hint">
          {t('optionsShortcutsChrome')}{' '}
          <button type="button" onClick={openSettings}>
            {t('optionsShortcutsOpen')}
          </button>
        </p>
      )}
    </section>
  );
}

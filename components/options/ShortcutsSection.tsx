import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n/i18n-options.ts';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

const isFirefox = () => browser.runtime.getURL('/').startsWith('moz-extension:');

export function ShortcutsSection() {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    browser.commands.getAll().then(
      (all) =>
        setShortcuts(
          all.map((c) => ({
            name: c.name ?? '',
            description:
              c.name === '_execute_action' ? t('optionsShortcutOpen') : (c.description ?? c.name ?? ''),
            shortcut: c.shortcut ?? '',
          })),
        ),
      console.error,
    );
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
            <tr key={s.name}>
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

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

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
            description: c.name === '_execute_action' ? 'Öppna Hänvisa' : (c.description ?? c.name ?? ''),
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
      <h2 id="shortcuts-heading">Kortkommandon</h2>
      <table id="shortcuts">
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name}>
              <td>{s.description}</td>
              <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : 'Inget valt'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {isFirefox() ? (
        <p class="hint">
          Ändra kortkommandon under Tillägg och teman (about:addons) → kugghjulet → Hantera kortkommandon.
        </p>
      ) : (
        <p class="hint">
          Ändra dem på sidan chrome://extensions/shortcuts (i Edge edge://extensions/shortcuts).{' '}
          <button type="button" onClick={openSettings}>
            Öppna inställningen för kortkommandon
          </button>
        </p>
      )}
    </section>
  );
}

import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { extensionKeyFromEnv, GECKO_ID } from './lib/extension/extension-id.ts';
import { manifestCommands } from './lib/extension/shortcuts.ts';
import { hostAccessFromEnv } from './lib/policy/host-access.ts';
import { generatedAssets } from './scripts/lib/public-assets.ts';

// A region's own package (scripts/package-region.ts) builds with its journal hosts as required host
// access and its own signing key; without these variables this is the store build.
const hostAccess = hostAccessFromEnv(process.env.HANVISA_HOST_ACCESS);
const extensionKey = extensionKeyFromEnv(process.env.HANVISA_EXTENSION_KEY);

export default defineConfig({
  imports: false,
  // HANVISA_OUT_DIR lets parallel builds (tests, benchmarks) not clobber each other.
  outDir: process.env.HANVISA_OUT_DIR || '.output',
  // Firefox too: MV3 has optional_host_permissions, `action` and per-site controls (docs/BROWSERS.md).
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every supported browser (Chrome/Edge 114+, Firefox 140+) has <link rel="modulepreload">: the
  // polyfill would only add bytes to the popup's start.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  zip: { excludeSources: ['**/*.pem', '**/*.key', '.env*', 'bench/**', 'docs/images/**', '**/*.tmp.*'] },
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      files.push(...(await generatedAssets()));
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'sv',
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Nothing leaves the browser: Firefox shows this at install (docs/BROWSERS.md).
              data_collection_permissions: { required: ['none'] },
            },
            // The desktop's ESR 140 is what managed PCs run; on Android the key above needs 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { key: extensionKey }),
    // alarms: the remote catalogue is refreshed at the administrator's interval.
    // scripting: registers the page reader on enabled sites only (platform/sites.ts).
    // activeTab: the side panel may read the address of the tab the user opened it on, to offer
    // "Aktivera på den här webbplatsen" without the history-wide `tabs` permission.
    // contextMenus: "Sök i Hänvisa efter ”…”" on selected text (entrypoints/background/context-menu.ts).
    permissions: ['storage', 'alarms', 'scripting', 'activeTab', 'contextMenus'],
    // No required host permissions: each site is asked for when a user enables it. Only a region's
    // own package carries its journal hosts here (docs/ADMIN.md, "Host access for the page context").
    ...(hostAccess.length > 0 ? { host_permissions: hostAccess } : {}),
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    storage: { managed_schema: 'managed_schema.json' },
    action: { default_title: 'Hänvisa' },
    // Popup, side panel and the in-page quick-search (lib/extension/shortcuts.ts); "hv" in the address bar.
    commands: manifestCommands(browser, manifestVersion),
    omnibox: { keyword: 'hv' },
  }),
});

/**
 * The few places where Chrome/Edge and Firefox differ, hidden behind one function each, so that
 * feature code never branches on the browser. Both builds are MV3 (docs/BROWSERS.md); what is the
 * same in both (action.openPopup, storage.session, scripting with persistAcrossSessions,
 * optional_host_permissions, contextMenus, omnibox) is called directly and not wrapped here.
 */
import { browser } from 'wxt/browser';

export type PanelTarget = { tabId: number } | { windowId: number };

interface SidePanelApi {
  open(target: PanelTarget): Promise<void>;
}
interface SidebarActionApi {
  open(): Promise<void>;
  isOpen?(details: { windowId?: number }): Promise<boolean>;
}

/** The two panel APIs, read loosely: WXT's types are Chrome's, and each browser has only one. */
function panelApis(): { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi } {
  return browser as unknown as { sidePanel?: SidePanelApi; sidebarAction?: SidebarActionApi };
}

/**
 * Opens the side panel (Chrome/Edge: sidePanel, for a tab or a window) or the sidebar (Firefox:
 * sidebarAction, always the current window's). Call it before any await in the handler of a
 * click, shortcut or menu: both browsers allow it only while that user gesture lasts.
 * Resolves false (with a warning) when the browser refused or has neither API.
 */
export function openSidePanel(target: PanelTarget): Promise<boolean> {
  const { sidePanel, sidebarAction } = panelApis();
  let opening: Promise<void> | undefined;
  try {
    opening = sidePanel?.open ? sidePanel.open(target) : sidebarAction?.open();
  } catch (error) {
    opening = Promise.reject(error);
  }
  if (!opening) return Promise.resolve(false);
  return opening.then(
    () => true,
    (error: unknown) => {
      console.warn('Hänvisa: side panel could not be opened:', String(error));
      return false;
    },
  );
}

/**
 * The administrator's managed settings. Chrome/Edge resolve {} when there is no policy; Firefox
 * rejects ("Managed storage manifest not found") when policies.json has no `3rdparty.Extensions`
 * entry for this add-on. Both mean "no policy".
 */
export async function readManagedStorage(keys?: string[]): Promise<Record<string, unknown>> {
  try {
    const raw: unknown = await (keys ? browser.storage.managed.get(keys) : browser.storage.managed.get());
    return raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

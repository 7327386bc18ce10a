/**
 * Discreet mode in the background: the shortcut toggles it, the administrator's default starts a
 * session in it, and the toolbar badge shows no count while it is on (lib/discreet.ts).
 */
import { browser } from 'wxt/browser';
import type { Policy } from '../../data/policy-schema.ts';
import { badgeText } from '../../lib/page/page-context.ts';
import { pageThemesItem } from '../../platform/panel-items.ts';
import { discreetItem } from '../../platform/storage.ts';

export async function toggleDiscreet(): Promise<void> {
  await discreetItem.setValue(!((await discreetItem.getValue()) ?? false));
}

/** A session the user has not chosen for starts in discreet mode when the policy says so. */
export async function applyDiscreetDefault(policy: Policy): Promise<void> {
  if (policy.discreetByDefault === true && (await discreetItem.getValue()) === null)
    await discreetItem.setValue(true);
}

/** The badge text for a tab's count: none in discreet mode. */
export async function badgeFor(suggestions: number): Promise<string> {
  return (await discreetItem.getValue()) === true ? '' : badgeText(suggestions);
}

/** Sets every tab's badge again when discreet mode changes. */
export function watchDiscreet(): void {
  discreetItem.watch(async () => {
    const pages = await pageThemesItem.getValue();
    for (const [tabId, page] of Object.entries(pages)) {
      const text = await badgeFor(page.suggestions ?? 0);
      await browser.action.setBadgeText({ tabId: Number(tabId), text }).catch(() => undefined);
    }
  });
}

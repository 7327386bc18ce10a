/**
 * `?tab=<id>` pins an extension page to one tab: the browser tests and the screenshots open the
 * popup and the side panel as tabs. Its own module, so the popup does not carry the side panel's
 * tab following (sidepanel/use-tab.ts) in the chunk it shares with it.
 */
export function pinnedTabId(search: string): number | null {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

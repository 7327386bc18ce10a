/** The theme hits the background stored for a tab, kept current while the panel is open. */
import { useEffect, useState } from 'preact/hooks';
import type { PageContext } from '../../lib/page/page-context.ts';
import { pageThemesItem } from '../../platform/panel-items.ts';

export function usePageContext(tabId: number | null): PageContext | null {
  const [page, setPage] = useState<PageContext | null>(null);
  useEffect(() => {
    if (tabId === null) return;
    const key = String(tabId);
    void pageThemesItem.getValue().then((all) => setPage(all[key] ?? null));
    return pageThemesItem.watch((all) => setPage(all?.[key] ?? null));
  }, [tabId]);
  return page;
}

/** Shows what was left for the panel (pending.ts) as soon as the panel's search is ready. */
import { useEffect, useRef } from 'preact/hooks';
import { type PendingQuery, pendingQueryItem } from '../../platform/panel-items.ts';
import { followPending } from './pending.ts';

export function usePendingQuery(ready: boolean, apply: (pending: PendingQuery) => void): void {
  // The latest apply, without resubscribing on every render.
  const latest = useRef(apply);
  latest.current = apply;
  useEffect(() => {
    if (!ready) return;
    return followPending(pendingQueryItem, (p) => latest.current(p));
  }, [ready]);
}

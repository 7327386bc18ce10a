/**
 * The panel picks up what the context menu, the address bar and the overlay's Alt+Enter left in
 * `pendingQueryItem` (platform/storage.ts): once when it opens and whenever it changes while open.
 * Each item is shown once and removed, so reopening the panel later does not show it again.
 */
import type { PendingQuery } from '../../platform/panel-items.ts';

/** An item older than this was left by an opening that failed; showing it later would surprise. */
export const PENDING_MAX_AGE_MS = 2 * 60_000;

/** The part of a WXT storage item this needs, so tests can pass a fake. */
export interface PendingSource {
  getValue(): Promise<PendingQuery | null>;
  watch(callback: (value: PendingQuery | null) => void): () => void;
  removeValue(): Promise<void>;
}

export function followPending(
  source: PendingSource,
  apply: (pending: PendingQuery) => void,
  now: () => number = Date.now,
): () => void {
  let stopped = false;
  let lastAt = -1;
  const take = (value: PendingQuery | null) => {
    if (stopped || value === null || value.at === lastAt) return;
    lastAt = value.at;
    void source.removeValue();
    if (now() - value.at > PENDING_MAX_AGE_MS) return;
    apply(value);
  };
  const unwatch = source.watch(take);
  void source.getValue().then(take);
  return () => {
    stopped = true;
    unwatch();
  };
}

import { describe, expect, it } from 'vitest';
import {
  followPending,
  PENDING_MAX_AGE_MS,
  type PendingSource,
} from '../../../components/sidepanel/pending.ts';
import type { PendingQuery } from '../../../platform/panel-items.ts';

/** A storage item in memory that calls watchers like WXT does (on set and on remove). */
function fakeItem(initial: PendingQuery | null) {
  let value = initial;
  const watchers = new Set<(v: PendingQuery | null) => void>();
  const item: PendingSource & { set(v: PendingQuery | null): void; current(): PendingQuery | null } = {
    getValue: async () => value,
    watch(cb) {
      watchers.add(cb);
      return () => watchers.delete(cb);
    },
    async removeValue() {
      item.set(null);
    },
    set(v) {
      value = v;
      for (const w of watchers) w(v);
    },
    current: () => value,
  };
  return item;
}

const NOW = 1_800_000_000_000;
const flush = () => new Promise((r) => setTimeout(r, 0));

describe('followPending', () => {
  it('shows what was left before the panel opened, once, and removes it', async () => {
    const item = fakeItem({ query: 'sugardejting', resourceId: null, at: NOW - 1000 });
    const seen: PendingQuery[] = [];
    followPending(
      item,
      (p) => seen.push(p),
      () => NOW,
    );
    await flush();
    expect(seen.map((p) => p.query)).toEqual(['sugardejting']);
    expect(item.current()).toBeNull();
  });

  it('shows items written while the panel is open, resources included', async () => {
    const item = fakeItem(null);
    const seen: PendingQuery[] = [];
    followPending(
      item,
      (p) => seen.push(p),
      () => NOW,
    );
    await flush();
    expect(seen).toEqual([]);
    item.set({ query: '', resourceId: 'bris', at: NOW });
    item.set({ query: 'hbtq', resourceId: null, at: NOW + 1 });
    await flush();
    expect(seen.map((p) => p.resourceId ?? p.query)).toEqual(['bris', 'hbtq']);
    expect(item.current()).toBeNull();
  });

  it('drops a stale item from an opening that failed, without showing it', async () => {
    const item = fakeItem({ query: 'gammal', resourceId: null, at: NOW - PENDING_MAX_AGE_MS - 1 });
    const seen: PendingQuery[] = [];
    followPending(
      item,
      (p) => seen.push(p),
      () => NOW,
    );
    await flush();
    expect(seen).toEqual([]);
    expect(item.current()).toBeNull();
  });

  it('stops following when the panel goes away', async () => {
    const item = fakeItem(null);
    const seen: PendingQuery[] = [];
    const stop = followPending(
      item,
      (p) => seen.push(p),
      () => NOW,
    );
    stop();
    item.set({ query: 'efter', resourceId: null, at: NOW });
    await flush();
    expect(seen).toEqual([]);
    expect(item.current()).not.toBeNull();
  });
});

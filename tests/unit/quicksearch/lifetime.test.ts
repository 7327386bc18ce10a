import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { QUICKSEARCH_PORT, type RuntimeLike, watchExtension } from '../../../platform/lifetime.ts';

/** A runtime whose ports the test closes by hand, the way the browser does on idle or reload. */
function fakeRuntime() {
  const ports: { name: string; closed: boolean; drop(): void; post(message: unknown): void }[] = [];
  const runtime: RuntimeLike & { id: string | undefined; failConnect: boolean } = {
    id: 'abcdefghijklmnopabcdefghijklmnop',
    failConnect: false,
    connect({ name }) {
      if (runtime.failConnect) throw new Error('Extension context invalidated.');
      const listeners: (() => void)[] = [];
      const messages: ((message: unknown) => void)[] = [];
      const entry = {
        name,
        closed: false,
        drop: () => {
          entry.closed = true;
          for (const l of listeners) l();
        },
        post: (message: unknown) => {
          for (const m of messages) m(message);
        },
      };
      ports.push(entry);
      return {
        name,
        disconnect: () => {
          entry.closed = true;
        },
        onDisconnect: { addListener: (l: () => void) => listeners.push(l) },
        onMessage: { addListener: (m: (message: unknown) => void) => messages.push(m) },
      } as unknown as Browser.runtime.Port;
    },
  };
  return { runtime, ports };
}

describe('watchExtension', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('connects a port named quicksearch and stays quiet while the extension lives', () => {
    const { runtime, ports } = fakeRuntime();
    const onEnd = vi.fn();
    const life = watchExtension(runtime, onEnd);
    vi.advanceTimersByTime(5_000);
    expect(ports.map((p) => p.name)).toEqual([QUICKSEARCH_PORT]);
    expect(life.check()).toBe(true);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('reconnects when only the worker went idle (runtime.id still there)', () => {
    const { runtime, ports } = fakeRuntime();
    const onEnd = vi.fn();
    watchExtension(runtime, onEnd);
    ports[0]?.drop();
    vi.advanceTimersByTime(200);
    expect(ports).toHaveLength(2);
    expect(ports[1]?.closed).toBe(false);
    expect(onEnd).not.toHaveBeenCalled();
  });

  it('ends once when the port closes because the extension was reloaded', () => {
    const { runtime, ports } = fakeRuntime();
    const onEnd = vi.fn();
    const life = watchExtension(runtime, onEnd);
    runtime.id = undefined;
    ports[0]?.drop();
    vi.advanceTimersByTime(5_000);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(life.check()).toBe(false);
    expect(ports).toHaveLength(1);
  });

  it('ends when reconnecting throws "context invalidated"', () => {
    const { runtime, ports } = fakeRuntime();
    const onEnd = vi.fn();
    watchExtension(runtime, onEnd);
    runtime.failConnect = true;
    ports[0]?.drop();
    vi.advanceTimersByTime(200);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('ends within a second when runtime.id goes away and the port never says so', () => {
    const { runtime } = fakeRuntime();
    const onEnd = vi.fn();
    watchExtension(runtime, onEnd);
    runtime.id = undefined;
    vi.advanceTimersByTime(999);
    expect(onEnd).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('check() ends at once, before an action, when the context is gone', () => {
    const { runtime } = fakeRuntime();
    const onEnd = vi.fn();
    const life = watchExtension(runtime, onEnd);
    runtime.id = undefined;
    expect(life.check()).toBe(false);
    expect(onEnd).toHaveBeenCalledTimes(1);
  });

  it('never starts in an orphaned script, and treats a throwing runtime as gone', () => {
    const onEnd = vi.fn();
    expect(watchExtension(undefined, onEnd).check()).toBe(false);
    const throwing = {
      get id(): string {
        throw new Error('Extension context invalidated.');
      },
      connect: () => {
        throw new Error('unreachable');
      },
    } as RuntimeLike;
    expect(watchExtension(throwing, onEnd).check()).toBe(false);
    expect(onEnd).toHaveBeenCalledTimes(2);
  });

  it('stop() closes the port and nothing fires afterwards', () => {
    const { runtime, ports } = fakeRuntime();
    const onEnd = vi.fn();
    const life = watchExtension(runtime, onEnd);
    life.stop();
    expect(ports[0]?.closed).toBe(true);
    runtime.id = undefined;
    ports[0]?.drop();
    vi.advanceTimersByTime(5_000);
    expect(onEnd).not.toHaveBeenCalled();
    expect(ports).toHaveLength(1);
  });

  it('hands what the background posts on the port to the script, also after a reconnect', () => {
    const { runtime, ports } = fakeRuntime();
    const seen: unknown[] = [];
    watchExtension(runtime, vi.fn(), QUICKSEARCH_PORT, (m) => seen.push(m));
    ports[0]?.post({ discreet: true });
    ports[0]?.drop();
    vi.advanceTimersByTime(200);
    ports[1]?.post({ discreet: false });
    expect(seen).toEqual([{ discreet: true }, { discreet: false }]);
  });
});

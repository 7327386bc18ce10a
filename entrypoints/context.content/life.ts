/**
 * The page reader's own lifetime, in place of WXT's ContentScriptContext: a page can end that one
 * with a CustomEvent named after the public extension id. This one ends only through `abort()`,
 * which index.ts calls when platform/lifetime.ts sees the extension go, or on 'tab:stop'.
 * Timers and listeners made through it are cleared when it ends.
 */
export type ReaderLife = ReturnType<typeof createReaderLife>;

// Captured at start: a page can shadow `document.addEventListener` with a named element.
const listen = EventTarget.prototype.addEventListener;

export function createReaderLife() {
  const controller = new AbortController();
  const signal = controller.signal;
  const timeouts = new Set<ReturnType<typeof setTimeout>>();
  const intervals = new Set<ReturnType<typeof setInterval>>();

  signal.addEventListener(
    'abort',
    () => {
      for (const id of timeouts) clearTimeout(id);
      for (const id of intervals) clearInterval(id);
      timeouts.clear();
      intervals.clear();
    },
    { once: true },
  );

  return {
    signal,
    get isInvalid(): boolean {
      return signal.aborted;
    },
    abort(): void {
      controller.abort();
    },
    onInvalidated(callback: () => void): void {
      if (signal.aborted) callback();
      else signal.addEventListener('abort', callback, { once: true });
    },
    setTimeout(callback: () => void, ms: number): ReturnType<typeof setTimeout> | undefined {
      if (signal.aborted) return undefined;
      const id = setTimeout(() => {
        timeouts.delete(id);
        if (!signal.aborted) callback();
      }, ms);
      timeouts.add(id);
      return id;
    },
    setInterval(callback: () => void, ms: number): ReturnType<typeof setInterval> | undefined {
      if (signal.aborted) return undefined;
      const id = setInterval(() => {
        if (!signal.aborted) callback();
      }, ms);
      intervals.add(id);
      return id;
    },
    addEventListener(
      target: EventTarget,
      type: string,
      listener: (event: Event) => void,
      options: AddEventListenerOptions = {},
    ): void {
      if (!signal.aborted) listen.call(target, type, listener, { ...options, signal });
    },
  };
}

/**
 * Single-page apps change the address without a load; a content script cannot see the page's
 * history.pushState calls, so it looks at the address once a second instead.
 */
export function watchLocation(life: ReaderLife, onChange: () => void, everyMs = 1_000): void {
  let last = location.href;
  life.setInterval(() => {
    const now = location.href;
    if (now === last) return;
    last = now;
    onChange();
  }, everyMs);
}

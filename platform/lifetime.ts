/**
 * How long an in-page script (the quick-search overlay, the page reader) may live: exactly as long
 * as the extension that injected it. Decided only
 * by things a web page cannot forge: a runtime Port to the background (closed when the extension
 * is reloaded, updated or removed) and `runtime.id` (gone in an orphaned script). WXT's
 * ContentScriptContext is deliberately not used: any page can invalidate it by dispatching its
 * "<id>:<script>:wxt:content-script-started" event, since the extension id is public.
 */
import type { Browser } from 'wxt/browser';

export const QUICKSEARCH_PORT = 'quicksearch';
export const CONTEXT_PORT = 'context';
/** The only port names the background accepts (background/quick-search-port.ts). */
export type LifetimePort = typeof QUICKSEARCH_PORT | typeof CONTEXT_PORT;
/** Backstop for browsers that do not close the port of an orphaned script at once. */
const CHECK_MS = 1_000;
/** A port also closes when the worker goes idle: reconnect after a breath, if still alive. */
const RECONNECT_MS = 100;

export type RuntimeLike = {
  connect(info: { name: string }): Browser.runtime.Port;
  id?: string | undefined;
  lastError?: unknown;
};

export function isAlive(runtime: RuntimeLike | undefined): boolean {
  try {
    return Boolean(runtime?.id);
  } catch {
    return false; // some browsers throw on any access once the context is gone
  }
}

/**
 * Calls `onEnd` once, when the extension context ends. Returns `check` (true while alive; ends it
 * at once when not, for use before every action) and `stop` (the script ended normally).
 */
export function watchExtension(
  runtime: RuntimeLike | undefined,
  onEnd: () => void,
  name: LifetimePort = QUICKSEARCH_PORT,
  onMessage?: (message: unknown) => void,
) {
  let port: Browser.runtime.Port | null = null;
  let done = false;
  let retry: ReturnType<typeof setTimeout> | undefined;
  const timer = setInterval(check, CHECK_MS);

  function stop(): void {
    if (done) return;
    done = true;
    clearInterval(timer);
    clearTimeout(retry);
    const open = port;
    port = null;
    try {
      open?.disconnect();
    } catch {
      // Already gone with its context.
    }
  }

  function end(): void {
    if (done) return;
    stop();
    onEnd();
  }

  function check(): boolean {
    if (!done && !isAlive(runtime)) end();
    return !done;
  }

  function connect(): void {
    if (!check() || !runtime) return;
    try {
      const next = runtime.connect({ name });
      port = next;
      if (onMessage) next.onMessage?.addListener((message: unknown) => onMessage(message));
      next.onDisconnect.addListener(() => {
        try {
          void runtime.lastError; // read, or Chrome logs "Unchecked runtime.lastError"
        } catch {
          // The context is gone: check() below ends it.
        }
        if (port !== next || done) return;
        port = null;
        retry = setTimeout(connect, RECONNECT_MS);
      });
    } catch {
      end(); // "Extension context invalidated"
    }
  }

  connect();
  return { check, stop };
}

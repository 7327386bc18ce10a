import { useEffect, useState } from 'preact/hooks';
import { runSliced, type Sliced } from '../lib/ingest/slices.ts';

/**
 * The result of a task computed in pieces after the render (lib/ingest/slices.ts), so that no
 * render waits for it: `initial` until the first result is in. While a newer one is computed the
 * last result stays shown, unless `scope` changed (another tab): then `initial` again. A task made
 * for inputs that changed before it ended is stopped and its result dropped.
 */
export function useSliced<T>(make: () => Sliced<T>, initial: T, scope: unknown, deps: unknown[]): T {
  const [done, setDone] = useState<{ scope: unknown; value: T } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    runSliced(make(), { signal: controller.signal }).then(
      (value) => {
        if (!controller.signal.aborted) setDone({ scope, value });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) console.error('Hänvisa:', error);
      },
    );
    return () => controller.abort();
    // `deps` are what `make` reads: the caller lists them.
  }, [scope, ...deps]);
  return done !== null && done.scope === scope ? done.value : initial;
}

/**
 * Reads the page on sites the user or the administrator enabled, and reports what it found —
 * situations, named resources, patient values; never text — to the background. Registered at run time (platform/sites.ts), so it is not in the
 * manifest. Everything hangs off its own life (life.ts), never off WXT's ctx, which a page can
 * end with a forged event: an extension reload or update ends it (platform/lifetime.ts), and so
 * does disabling the site ('tab:stop').
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Envelope, Response, TabMessageType, TabProtocol } from '../../lib/extension/messages.ts';
import type { Matcher } from '../../lib/matcher/index.ts';
import { CONTEXT_PORT, watchExtension } from '../../platform/lifetime.ts';
import { send } from '../../platform/messaging.ts';
import { createAgeReader } from './age.ts';
import { readerMatcher } from './compile.ts';
import { documentElementOf } from './dom.ts';
import { createFieldTracker } from './insert.ts';
import { createReaderLife, type ReaderLife, watchLocation } from './life.ts';
import { createReporter } from './report.ts';
import { createPageScanner } from './scanner.ts';

/** Marks the document while the script runs (the browser tests look for it). */
export const MARKER = 'data-hanvisa';
const RUNNING = Symbol.for('hanvisa.context');
/** The running instance's liveness check: calling it ends an orphaned one (extension reloaded). */
type Scope = { [RUNNING]?: () => boolean };

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main() {
    // Enabling a site both registers the script and starts it in the open tab: run once.
    const scope = globalThis as Scope;
    if (scope[RUNNING]?.()) return;
    const life = createReaderLife();
    const watch = watchExtension(browser.runtime, () => life.abort(), CONTEXT_PORT);
    scope[RUNNING] = watch.check;
    life.onInvalidated(() => {
      watch.stop();
      if (scope[RUNNING] === watch.check) delete scope[RUNNING];
      documentElementOf(document)?.removeAttribute(MARKER);
    });
    const hello = await send('page:hello', {}).catch(() => null);
    if (hello === null || life.isInvalid) {
      life.abort(); // the site is not enabled (any more), or the background is unreachable
      return;
    }
    documentElementOf(document)?.setAttribute(MARKER, '');
    // The reader reads no clock itself: the year turns birth years ("f. 2009") into ages.
    const matcher = await readerMatcher(hello, new Date().getFullYear(), life.signal);
    if (matcher === null || life.isInvalid) {
      life.abort(); // ended while compiling, or a vocabulary that does not compile
      return;
    }
    run(life, matcher, hello);
  },
});

function run(life: ReaderLife, matcher: Matcher, hello: Response<'page:hello'>): void {
  const reporter = createReporter(life, { patient: hello.readPatient });
  const tracker = createFieldTracker(life.signal);
  const ages = hello.readAge ? createAgeReader((age) => reporter.setAge(age)) : null;
  const scanner = createPageScanner(document, {
    matcher,
    signal: life.signal,
    onChange: (total) => reporter.update(total),
    onDocument: (doc) => tracker.track(doc),
    ...(ages ? { onText: ages.read } : {}),
  });
  tracker.track(document);
  scanner.start();
  // A page that fills a field by script fires no event: compare field values now and then.
  life.setInterval(() => scanner.checkFields(), 2_000);
  // SPA navigation: the background forgets a tab's hits on navigation, so send them again.
  watchLocation(life, () => reporter.resend());

  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as Envelope<never> & { type: TabMessageType };
    if (type === 'tab:insert') {
      const text = (payload as TabProtocol['tab:insert']['request'] | undefined)?.text;
      if (typeof text !== 'string' || text.length > 2_000) return undefined;
      return Promise.resolve(tracker.insert(text));
    }
    if (type === 'tab:stop') {
      life.abort();
      return Promise.resolve({ stopped: true });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage as never);
  life.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage as never));
}

/**
 * Reads the page on sites the user or the administrator enabled, and reports theme hits — never
 * text — to the background. Registered at run time (platform/sites.ts), so it is not in the
 * manifest. Everything hangs off ctx: an extension reload or update stops it, and so does
 * disabling the site ('tab:stop').
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { compileMatcher } from '../../lib/matcher/index.ts';
import type { Envelope, TabMessageType, TabProtocol } from '../../lib/messages.ts';
import { send } from '../../platform/messaging.ts';
import { createAgeReader } from './age.ts';
import { createFieldTracker } from './insert.ts';
import { createReporter } from './report.ts';
import { createPageScanner } from './scanner.ts';

/** Marks the document while the script runs (the browser tests look for it). */
export const MARKER = 'data-hanvisa';
const RUNNING = Symbol.for('hanvisa.context');

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main(ctx) {
    // Enabling a site both registers the script and starts it in the open tab: run once.
    const scope = globalThis as { [RUNNING]?: boolean };
    if (scope[RUNNING]) return;
    scope[RUNNING] = true;
    ctx.onInvalidated(() => {
      scope[RUNNING] = false;
      document.documentElement.removeAttribute(MARKER);
    });
    const { themes, readAge } = await send('page:hello', {});
    if (ctx.isInvalid) return;
    document.documentElement.setAttribute(MARKER, '');
    run(ctx, compileMatcher(themes), readAge);
  },
});

function run(ctx: ContentScriptContext, matcher: ReturnType<typeof compileMatcher>, readAge: boolean): void {
  const reporter = createReporter(ctx);
  const tracker = createFieldTracker(ctx.signal);
  const ages = readAge ? createAgeReader((age) => reporter.setAge(age)) : null;
  const scanner = createPageScanner(document, {
    matcher,
    signal: ctx.signal,
    onChange: (total) => reporter.update(total),
    onDocument: (doc) => tracker.track(doc),
    ...(ages ? { onText: ages.read } : {}),
  });
  tracker.track(document);
  scanner.start();
  // A page that fills a field by script fires no event: compare field values now and then.
  ctx.setInterval(() => scanner.checkFields(), 2_000);
  // SPA navigation: the background forgets a tab's hits on navigation, so send them again.
  ctx.addEventListener(window, 'wxt:locationchange', () => reporter.resend());

  const onMessage = (message: unknown, sender: { id?: string }): Promise<unknown> | undefined => {
    if (sender.id !== browser.runtime.id || typeof message !== 'object' || message === null) return undefined;
    const { type, payload } = message as Envelope<never> & { type: TabMessageType };
    if (type === 'tab:insert') {
      const text = (payload as TabProtocol['tab:insert']['request'] | undefined)?.text;
      if (typeof text !== 'string' || text.length > 2_000) return undefined;
      return Promise.resolve(tracker.insert(text));
    }
    if (type === 'tab:stop') {
      ctx.abort();
      return Promise.resolve({ stopped: true });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage as never);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage as never));
}

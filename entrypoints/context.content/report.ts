/**
 * Sends the page's theme hits to the background, at most every REPORT_DELAY_MS and only when
 * they changed. Only { theme, count, negated, words } leave the page — and the age, as a number,
 * when the user opted in — never the text.
 */

import type { ScanResult, ThemeHit } from '../../lib/matcher/index.ts';
import { send } from '../../platform/messaging.ts';
import type { ReaderLife } from './life.ts';

export const REPORT_DELAY_MS = 250;

export function createReporter(ctx: ReaderLife) {
  let latest: ThemeHit[] = [];
  let age: number | null = null;
  let sent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let forceNext = false;

  function flush(): void {
    timer = undefined;
    const force = forceNext;
    forceNext = false;
    const hits = latest.map(({ theme, count, negated, words }) => ({ theme, count, negated, words }));
    const key = JSON.stringify([hits, age]);
    if (!force && key === sent) return;
    sent = key;
    send('page:hits', { hits, age }).catch(() => {
      // The background was restarting or the extension reloaded: try again with the next change.
      sent = '';
    });
  }

  /**
   * A throttle, not a debounce: a pending report is never pushed back, so a page that changes
   * without pause (hundreds of mutations a second) still gets its hits reported every 250 ms.
   */
  function schedule(force: boolean): void {
    if (ctx.isInvalid) return;
    forceNext ||= force;
    if (timer !== undefined) return;
    timer = ctx.setTimeout(flush, REPORT_DELAY_MS);
  }

  return {
    update(total: ScanResult): void {
      latest = total.hits;
      schedule(false);
    },
    setAge(value: number | null): void {
      if (value === age) return;
      age = value;
      schedule(false);
    },
    resend(): void {
      schedule(true);
    },
  };
}

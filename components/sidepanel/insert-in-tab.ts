/** Asks the content script in a tab to put a journal line at the caret of the user's last field. */
import { browser } from 'wxt/browser';
import type { InsertOutcome, InsertResult } from '../../lib/page/page-context.ts';

export type { InsertOutcome } from '../../lib/page/page-context.ts';

export async function insertInTab(tabId: number, text: string): Promise<InsertOutcome> {
  try {
    // The top frame's script also follows fields in same-origin frames.
    const reply = (await browser.tabs.sendMessage(
      tabId,
      { type: 'tab:insert', payload: { text } },
      { frameId: 0 },
    )) as InsertResult | undefined;
    return reply ?? { inserted: false, reason: 'no-script' };
  } catch {
    return { inserted: false, reason: 'no-script' };
  }
}

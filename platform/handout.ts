/**
 * The patient's handout page (entrypoints/handout): its address, and the policy keys it reads.
 * Managed storage is read when the page opens, which is long after the background's first read
 * of it, so the page does not wait the seconds a first read after a browser start can take.
 */
import { browser } from 'wxt/browser';
import { type HandoutPolicy, handoutPolicyOf, handoutQuery } from '../lib/handout/request.ts';
import type { Locale } from '../lib/i18n/i18n.ts';
import { readManagedStorage } from './browser-compat.ts';

/** The handout page for one resource: only its id and the slip's language go in the address. */
export function handoutUrl(resourceId: string, locale: Locale): string {
  const page = (browser.runtime.getURL as (path: string) => string)('/handout.html');
  return `${page}${handoutQuery({ chosenId: resourceId, locale, print: true })}`;
}

export async function readHandoutPolicy(): Promise<HandoutPolicy> {
  return handoutPolicyOf(await readManagedStorage(['handoutLines', 'disabledFeatures']));
}

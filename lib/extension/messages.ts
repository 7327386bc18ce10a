/**
 * The messages between the parts of the extension: one entry per message type, with its
 * payload and its reply. Senders and the background router are typed from this table; the
 * background also validates every payload at the boundary (entrypoints/background/).
 *
 * Direction is part of the name: `ui:` from extension pages, `page:` from content scripts.
 */

import type { Feature } from '../../data/policy-schema.ts';
import type { Vocabulary } from '../matcher/reader.ts';
import type { MatcherTables } from '../matcher/tables.ts';
import type { InsertResult, PageContext, PageReport, SiteList } from '../page/page-context.ts';
import type { QuickItem } from '../quick-search/quick-items.ts';
import type { RemoteState } from '../remote/remote-catalogue.ts';

export interface Protocol {
  'ui:ping': { request: Record<string, never>; response: { version: string } };
  /** Fetch the remote catalogue now (options page); the state after it. No-op without an address. */
  'ui:catalogue-refresh': { request: Record<string, never>; response: RemoteState };
  /**
   * The content script starts: the reader's vocabulary (situations, parts, resource names), whether
   * it may read the age from a personnummer, and whether it may report the note's patient values.
   * `tables` is the vocabulary compiled once in the background (lib/matcher/tables.ts), so the page
   * rebuilds the reader without compiling; absent or refused, the page compiles `vocabulary`.
   */
  'page:hello': {
    request: Record<string, never>;
    response: { vocabulary: Vocabulary; tables?: MatcherTables; readAge: boolean; readPatient: boolean };
  };
  /**
   * What the reader found on the sender's tab: situation ids with counts, modifiers and vocabulary
   * words, named resource ids with counts, summarised patient values and the opt-in age; never text.
   */
  'page:hits': { request: PageReport; response: { suggestions: number } };
  'ui:sites:list': { request: Record<string, never>; response: SiteList };
  /** After the panel got the host permission from a click: register the script, start it in `tabId`. */
  'ui:sites:enable': { request: { pattern: string; tabId: number | null }; response: SiteList };
  'ui:sites:disable': { request: { pattern: string }; response: SiteList };
  'ui:page:get': { request: { tabId: number }; response: PageContext | null };
  /**
   * The quick-search overlay searches in the background: the page never holds the catalogue. The
   * reply says whether discreet mode is on (the items then carry neutral labels only).
   */
  'page:quicksearch': {
    request: { query: string; locale?: 'sv' | 'en' };
    response: { items: QuickItem[]; discreet: boolean };
  };
  /** The overlay's "Diskret läge" button: the session's discreet mode, as the shortcut sets it. */
  'page:quicksearch:discreet': { request: { on: boolean }; response: { on: boolean } };
  /**
   * The popup asks about the tab it was opened over: may it insert there (an enabled site and page
   * context not switched off), and which features the policy switched off (the popup does not
   * load the policy parser).
   */
  'ui:tab:context': {
    request: { tabId: number | null };
    response: { insertable: boolean; featuresOff: Feature[] };
  };
  /** Alt+Enter in the overlay: show this resource in the side panel. */
  'page:quicksearch:panel': { request: { id: string }; response: { opened: boolean } };
}

export type MessageType = keyof Protocol;
export type Request<K extends MessageType> = Protocol[K]['request'];
export type Response<K extends MessageType> = Protocol[K]['response'];

export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload: Request<K>;
}

/** Replies carry either the result or an English error for logs (never page text). */
export type Reply<K extends MessageType> = { ok: true; value: Response<K> } | { ok: false; error: string };

export function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    'payload' in value
  );
}

/** Messages from extension pages to the content script of a tab (browser.tabs.sendMessage). */
export interface TabProtocol {
  /** Put `text` at the caret of the field the user last wrote in. */
  'tab:insert': { request: { text: string }; response: InsertResult };
  /** The site was disabled: stop reading the page now. */
  'tab:stop': { request: Record<string, never>; response: { stopped: true } };
}
export type TabMessageType = keyof TabProtocol;

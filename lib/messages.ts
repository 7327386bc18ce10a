/**
 * The messages between the parts of the extension: one entry per message type, with its
 * payload and its reply. Senders and the background router are typed from this table; the
 * background also validates every payload at the boundary (entrypoints/background/).
 *
 * Direction is part of the name: `ui:` from extension pages, `page:` from content scripts.
 */
import type { RemoteState } from './remote-catalogue.ts';

export interface Protocol {
  'ui:ping': { request: Record<string, never>; response: { version: string } };
  /** Fetch the remote catalogue now (options page); the state after it. No-op without an address. */
  'ui:catalogue-refresh': { request: Record<string, never>; response: RemoteState };
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

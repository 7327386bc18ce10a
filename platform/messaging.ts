import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, Request, Response } from '../lib/extension/messages.ts';

/** Sends a typed message to the background and unwraps its reply; errors become exceptions. */
export async function send<K extends MessageType>(type: K, payload: Request<K>): Promise<Response<K>> {
  const envelope: Envelope<K> = { type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`No reply to ${type}`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

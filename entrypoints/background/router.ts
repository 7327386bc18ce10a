/**
 * The background's message router: a typed table with one handler per message type.
 * Messages from anything but this extension are ignored; a handler decides whether it accepts
 * content scripts (`page:`) or only extension pages (`ui:`).
 */
import type { Browser } from 'wxt/browser';
import {
  type Envelope,
  isEnvelope,
  type MessageType,
  type Reply,
  type Request,
  type Response,
} from '../../lib/extension/messages.ts';

type Sender = Browser.runtime.MessageSender;
export type Handler<K extends MessageType> = (payload: Request<K>, sender: Sender) => Promise<Response<K>>;
export type HandlerTable = { [K in MessageType]: Handler<K> };

export function isExtensionPage(sender: Sender, extensionOrigin: string): boolean {
  return sender.tab === undefined || (sender.url?.startsWith(extensionOrigin) ?? false);
}

export function createRouter(handlers: HandlerTable, ownId: string, extensionOrigin: string) {
  return (message: unknown, sender: Sender, sendResponse: (reply: Reply<MessageType>) => void): boolean => {
    if (sender.id !== ownId || !isEnvelope(message)) return false;
    const type = message.type as MessageType;
    if (!Object.hasOwn(handlers, type)) return false;
    if (type.startsWith('ui:') && !isExtensionPage(sender, extensionOrigin)) {
      sendResponse({ ok: false, error: `${type} is only accepted from extension pages` });
      return false;
    }
    const handler = handlers[type] as Handler<MessageType>;
    handler((message as Envelope).payload, sender).then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) =>
        sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
    return true;
  };
}

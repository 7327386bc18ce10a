/**
 * The signed document's envelope (signature.ts): one line of fixed layout, then the document's bytes
 * as published, then "}". Found in a text (the catalogue CLI reads files as text) or in the bytes
 * received (the service worker never decodes a 16 MB document whole).
 */
export const SIGNED_FORMAT = 'hanvisa-signed/1';

const ENVELOPE =
  /^\{"format":"hanvisa-signed\/1","keyId":"([0-9a-f]{16})","signature":"([A-Za-z0-9+/]{86}==)","document":/;

export type Unwrapped =
  | { kind: 'plain'; text: string }
  | { kind: 'signed'; text: string; keyId: string; signature: Uint8Array<ArrayBuffer> }
  | { kind: 'malformed'; detail: string };

export type UnwrappedBytes =
  | { kind: 'plain'; body: Uint8Array }
  | { kind: 'signed'; body: Uint8Array; keyId: string; signature: Uint8Array<ArrayBuffer> }
  | { kind: 'malformed'; detail: string };

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Splits a served body into the document and its signature; anything else is plain or malformed. */
export function unwrap(body: string): Unwrapped {
  const head = body.slice(0, 200);
  if (!head.includes(`"${SIGNED_FORMAT}"`) && !head.includes('"hanvisa-signed/')) {
    return { kind: 'plain', text: body };
  }
  const match = ENVELOPE.exec(body);
  const end = body.endsWith('}\n') ? body.length - 2 : body.endsWith('}') ? body.length - 1 : -1;
  if (!match || end <= match[0].length) {
    return { kind: 'malformed', detail: `not the exact ${SIGNED_FORMAT} envelope layout` };
  }
  const [prefix, keyId = '', signature = ''] = match;
  return { kind: 'signed', text: body.slice(prefix.length, end), keyId, signature: fromBase64(signature) };
}

/** The envelope's line, with room: a key id and a signature of fixed length (169 characters). */
const HEAD_BYTES = 256;

/** unwrap for the bytes received: the document is the bytes between the envelope's line and "}". */
export function unwrapBytes(received: Uint8Array): UnwrappedBytes {
  // A byte-order mark is no part of the body (TextDecoder drops it, so the text path never sees it).
  const body =
    received[0] === 0xef && received[1] === 0xbb && received[2] === 0xbf ? received.subarray(3) : received;
  const head = new TextDecoder().decode(body.subarray(0, HEAD_BYTES));
  if (!head.includes(`"${SIGNED_FORMAT}"`) && !head.includes('"hanvisa-signed/'))
    return { kind: 'plain', body };
  const match = ENVELOPE.exec(head);
  const n = body.length;
  const end = body[n - 2] === 0x7d && body[n - 1] === 0x0a ? n - 2 : body[n - 1] === 0x7d ? n - 1 : -1;
  // The line is ASCII: its length in characters is its length in bytes.
  if (!match || end <= match[0].length) {
    return { kind: 'malformed', detail: `not the exact ${SIGNED_FORMAT} envelope layout` };
  }
  const [prefix, keyId = '', signature = ''] = match;
  return { kind: 'signed', body: body.subarray(prefix.length, end), keyId, signature: fromBase64(signature) };
}

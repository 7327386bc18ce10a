/**
 * JSON.parse of a large document in pieces, from the bytes received (UTF-8): the same walk as
 * json-pieces.ts (members of the top-level object, elements of its arrays, each parsed with
 * JSON.parse itself), but each piece is decoded on its own. A document of 16 MB is then never one
 * 16 MB string: decoding it whole, or joining it from the parts a response arrives in, is one copy
 * that blocks the service worker for tens of milliseconds. The structure is found in the bytes:
 * quotes, backslashes, brackets, commas and white space are single bytes in UTF-8 and never part of
 * a longer character. The result equals JSON.parse(new TextDecoder().decode(bytes)).
 */
import type { Sliced } from './slices.ts';

/** Yield after this many bytes scanned inside one value (a huge element still pauses). */
const SCAN_CHUNK = 64 * 1024;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isWs = (b: number | undefined) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const isOpen = (b: number | undefined) => b === 0x7b || b === 0x5b;
const isClose = (b: number | undefined) => b === 0x7d || b === 0x5d;

function fail(at: number, what: string): never {
  throw new SyntaxError(`${what} in JSON at position ${at}`);
}

function skipWs(bytes: Uint8Array, i: number): number {
  while (i < bytes.length && isWs(bytes[i])) i++;
  return i;
}

/** Index just past the string that opens at `i` (bytes[i] is a quote). */
function stringEnd(bytes: Uint8Array, i: number): number {
  let at = i + 1;
  for (;;) {
    const quote = bytes.indexOf(QUOTE, at);
    if (quote < 0) fail(i, 'Unterminated string');
    let backslashes = 0;
    for (let k = quote - 1; bytes[k] === BACKSLASH; k--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

/** Index just past the value that starts at `i`; pauses every SCAN_CHUNK bytes. */
function* valueEnd(bytes: Uint8Array, i: number): Sliced<number> {
  const c = bytes[i];
  if (c === QUOTE) return stringEnd(bytes, i);
  if (!isOpen(c)) {
    let at = i;
    while (at < bytes.length && !isWs(bytes[at]) && bytes[at] !== 0x2c && !isClose(bytes[at])) at++;
    if (at === i) fail(i, 'Unexpected token');
    return at;
  }
  let depth = 0;
  let at = i;
  let yieldAt = i + SCAN_CHUNK;
  for (;;) {
    if (at >= bytes.length) fail(i, 'Unexpected end of JSON input');
    const b = bytes[at];
    if (b === QUOTE) at = stringEnd(bytes, at);
    else {
      at++;
      if (isOpen(b)) depth++;
      else if (isClose(b)) {
        depth--;
        if (depth === 0) return at;
      }
    }
    if (at > yieldAt) {
      yieldAt = at + SCAN_CHUNK;
      yield;
    }
  }
}

/** The value of the bytes from..to, decoded on their own and parsed. */
function parse(bytes: Uint8Array, decoder: TextDecoder, from: number, to: number): unknown {
  return JSON.parse(decoder.decode(bytes.subarray(from, to)));
}

function* parseArray(
  bytes: Uint8Array,
  decoder: TextDecoder,
  i: number,
): Sliced<{ value: unknown[]; end: number }> {
  const out: unknown[] = [];
  let at = skipWs(bytes, i + 1);
  if (bytes[at] === 0x5d) return { value: out, end: at + 1 };
  for (;;) {
    const end = yield* valueEnd(bytes, at);
    out.push(parse(bytes, decoder, at, end));
    yield;
    at = skipWs(bytes, end);
    if (bytes[at] === 0x2c) at = skipWs(bytes, at + 1);
    else if (bytes[at] === 0x5d) return { value: out, end: at + 1 };
    else fail(at, "Expected ',' or ']' after array element");
  }
}

/** JSON.parse of the UTF-8 `bytes`, in pieces when the document is an object (members, and array elements). */
export function* parseJsonBytesSliced(bytes: Uint8Array): Sliced<unknown> {
  const decoder = new TextDecoder();
  // A byte-order mark is no part of the document (TextDecoder drops it too).
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let at = skipWs(bytes, bom);
  if (bytes[at] !== 0x7b) return JSON.parse(decoder.decode(bytes));
  const out: Record<string, unknown> = {};
  at = skipWs(bytes, at + 1);
  if (bytes[at] === 0x7d) at = skipWs(bytes, at + 1);
  else
    for (;;) {
      if (bytes[at] !== QUOTE) fail(at, 'Expected property name');
      const keyEnd = stringEnd(bytes, at);
      const key = parse(bytes, decoder, at, keyEnd) as string;
      at = skipWs(bytes, keyEnd);
      if (bytes[at] !== 0x3a) fail(at, "Expected ':' after property name");
      at = skipWs(bytes, at + 1);
      let member: { value: unknown; end: number };
      if (bytes[at] === 0x5b) member = yield* parseArray(bytes, decoder, at);
      else {
        const end = yield* valueEnd(bytes, at);
        member = { value: parse(bytes, decoder, at, end), end };
      }
      // Defined like JSON.parse does, so a "__proto__" key is an own property, not the prototype.
      Object.defineProperty(out, key, {
        value: member.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      at = skipWs(bytes, member.end);
      if (bytes[at] === 0x2c) {
        at = skipWs(bytes, at + 1);
        continue;
      }
      if (bytes[at] === 0x7d) {
        at = skipWs(bytes, at + 1);
        break;
      }
      fail(at, "Expected ',' or '}' after property value");
    }
  if (at < bytes.length) fail(at, 'Unexpected non-whitespace character after JSON');
  return out;
}

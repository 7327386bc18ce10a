/**
 * JSON.parse of a large document in pieces: the top-level object is walked member by member, and
 * an array value is parsed element by element, each with JSON.parse itself. A 14 MB catalogue is
 * then thousands of sub-millisecond parses with pauses between them, instead of one parse that
 * blocks the service worker for a second. The result equals JSON.parse(text) for every valid
 * document; anything JSON.parse would refuse throws a SyntaxError here too.
 */
import type { Sliced } from './slices.ts';

/** Yield after this many characters scanned inside one value (a huge element still pauses). */
const SCAN_CHUNK = 64 * 1024;

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);

function fail(at: number, what: string): never {
  throw new SyntaxError(`${what} in JSON at position ${at}`);
}

function skipWs(text: string, i: number): number {
  while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  return i;
}

/** Index just past the string that opens at `i` (text[i] === '"'). */
function stringEnd(text: string, i: number): number {
  let at = i + 1;
  for (;;) {
    const quote = text.indexOf('"', at);
    if (quote < 0) fail(i, 'Unterminated string');
    let backslashes = 0;
    for (let k = quote - 1; text.charCodeAt(k) === 0x5c; k--) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    at = quote + 1;
  }
}

const STRUCTURE = /["{}[\]]/g;

/** Index just past the value that starts at `i`; pauses every SCAN_CHUNK characters. */
function* valueEnd(text: string, i: number): Sliced<number> {
  const c = text[i];
  if (c === '"') return stringEnd(text, i);
  if (c !== '{' && c !== '[') {
    let at = i;
    while (at < text.length && !',}] \n\r\t'.includes(text[at] as string)) at++;
    if (at === i) fail(i, 'Unexpected token');
    return at;
  }
  let depth = 0;
  let at = i;
  let sinceYield = 0;
  for (;;) {
    STRUCTURE.lastIndex = at;
    const found = STRUCTURE.exec(text);
    if (!found) fail(i, 'Unexpected end of JSON input');
    const pos = found.index;
    const from = at;
    const ch = found[0];
    if (ch === '"') at = stringEnd(text, pos);
    else {
      depth += ch === '{' || ch === '[' ? 1 : -1;
      at = pos + 1;
      if (depth === 0) return at;
    }
    sinceYield += at - from;
    if (sinceYield > SCAN_CHUNK) {
      sinceYield = 0;
      yield;
    }
  }
}

function* parseValue(text: string, i: number): Sliced<{ value: unknown; end: number }> {
  const end = yield* valueEnd(text, i);
  // JSON.parse checks everything inside the value (and throws a SyntaxError as the whole would).
  return { value: JSON.parse(text.slice(i, end)), end };
}

/** The elements of the array that opens at `i`, each parsed on its own. */
function* parseArray(text: string, i: number): Sliced<{ value: unknown[]; end: number }> {
  const out: unknown[] = [];
  let at = skipWs(text, i + 1);
  if (text[at] === ']') return { value: out, end: at + 1 };
  for (;;) {
    const { value, end } = yield* parseValue(text, at);
    out.push(value);
    yield;
    at = skipWs(text, end);
    if (text[at] === ',') at = skipWs(text, at + 1);
    else if (text[at] === ']') return { value: out, end: at + 1 };
    else fail(at, "Expected ',' or ']' after array element");
  }
}

/** JSON.parse(text), in pieces when the document is an object (members, and array elements). */
export function* parseJsonSliced(text: string): Sliced<unknown> {
  let at = skipWs(text, text.charCodeAt(0) === 0xfeff ? 1 : 0);
  if (text[at] !== '{') return JSON.parse(text);
  const out: Record<string, unknown> = {};
  at = skipWs(text, at + 1);
  if (text[at] === '}') at = skipWs(text, at + 1);
  else
    for (;;) {
      if (text[at] !== '"') fail(at, 'Expected property name');
      const keyEnd = stringEnd(text, at);
      const key = JSON.parse(text.slice(at, keyEnd)) as string;
      at = skipWs(text, keyEnd);
      if (text[at] !== ':') fail(at, "Expected ':' after property name");
      at = skipWs(text, at + 1);
      const member = text[at] === '[' ? yield* parseArray(text, at) : yield* parseValue(text, at);
      // Defined like JSON.parse does, so a "__proto__" key is an own property, not the prototype.
      Object.defineProperty(out, key, {
        value: member.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      at = skipWs(text, member.end);
      if (text[at] === ',') {
        at = skipWs(text, at + 1);
        continue;
      }
      if (text[at] === '}') {
        at = skipWs(text, at + 1);
        break;
      }
      fail(at, "Expected ',' or '}' after property value");
    }
  if (at < text.length) fail(at, 'Unexpected non-whitespace character after JSON');
  return out;
}

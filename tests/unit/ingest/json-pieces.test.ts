/**
 * JSON in pieces, from a string (lib/ingest/json-pieces.ts) or from the bytes received
 * (lib/ingest/json-bytes.ts), equals JSON.parse, and refuses what it refuses.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drain } from '../../../lib/catalogue/cross-check.ts';
import { parseJsonBytesSliced } from '../../../lib/ingest/json-bytes.ts';
import { parseJsonSliced } from '../../../lib/ingest/json-pieces.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const PARSERS = {
  text: (text: string) => parseJsonSliced(text),
  bytes: (text: string) => parseJsonBytesSliced(encode(text)),
};

describe.each(Object.entries(PARSERS))('parseJsonSliced from %s', (_kind, parseSliced) => {
  function pieces(text: string): { value: unknown; pauses: number } {
    const task = parseSliced(text);
    let pauses = 0;
    for (;;) {
      const step = task.next();
      if (step.done) return { value: step.value, pauses };
      pauses++;
    }
  }

  describe('pieces', () => {
    it('gives what JSON.parse gives for any object, formatted or not (property)', () => {
      fc.assert(
        fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.boolean(), (value, pretty) => {
          const text = JSON.stringify(value, null, pretty ? 2 : undefined);
          expect(pieces(text).value).toEqual(JSON.parse(text));
        }),
        { numRuns: 300 },
      );
    });

    it('parses an array member element by element, pausing between them', () => {
      const doc = {
        format: 'x',
        resources: Array.from({ length: 50 }, (_, i) => ({ id: `r${i}`, s: 'a"\\b' })),
      };
      const { value, pauses } = pieces(JSON.stringify(doc));
      expect(value).toEqual(doc);
      expect(pauses).toBeGreaterThanOrEqual(50);
    });

    it('pauses inside one huge element too', () => {
      // 1 MB in one element: a pause at least every 64 K characters scanned.
      const doc = { resources: [{ texts: Array.from({ length: 200 }, (_, i) => `${i}`.padEnd(5000, 'x')) }] };
      const { value, pauses } = pieces(JSON.stringify(doc));
      expect(value).toEqual(doc);
      expect(pauses).toBeGreaterThan(10);
    });

    it('keeps strings with brackets, quotes and backslashes intact', () => {
      const doc = { a: ['}]"\\', '\\\\', '{[', '"'], 'k"}': { '[': ']' } };
      expect(pieces(JSON.stringify(doc)).value).toEqual(doc);
    });

    it('makes "__proto__" an own key, as JSON.parse does', () => {
      const value = pieces('{"__proto__": {"polluted": true}, "a": 1}').value as Record<string, unknown>;
      expect(Object.keys(value)).toEqual(['__proto__', 'a']);
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    });

    it.each([
      ['a cut-off document', '{"resources": [{"id": "a"}, {"id": "b"'],
      ['a missing comma', '{"a": [1 2]}'],
      ['a missing comma between members', '{"a": 1 "b": 2}'],
      ['trailing garbage', '{"a": 1} x'],
      ['an unquoted key', '{a: 1}'],
      ['a broken element', '{"r": [{"id": }]}'],
      ['a trailing comma', '{"r": [1, 2,]}'],
      ['an unterminated string', '{"r": ["abc]}'],
      ['nothing', ''],
    ])('refuses %s with a SyntaxError', (_name, text) => {
      expect(() => JSON.parse(text)).toThrow(SyntaxError);
      expect(() => drain(parseSliced(text))).toThrow(SyntaxError);
    });

    it('passes a document that is not an object to JSON.parse', () => {
      expect(pieces('[1, 2]').value).toEqual([1, 2]);
      expect(pieces(' "x" ').value).toBe('x');
    });
  });
});

describe('parseJsonBytesSliced', () => {
  const parse = (bytes: Uint8Array) => drain(parseJsonBytesSliced(bytes));
  const decoded = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes));

  it('reads characters of every length, a byte-order mark and bytes that are no UTF-8 as the decoder does', () => {
    const doc = JSON.stringify({ r: [{ n: 'Kvinnojouren Ödeshög – 😀 “x”' }, { n: 'ä\\"' }], s: '€' });
    expect(parse(encode(doc))).toEqual(JSON.parse(doc));
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode(doc)]);
    expect(parse(bom)).toEqual(JSON.parse(doc));
    // A cut-off character and a stray continuation byte inside a string: U+FFFD, as TextDecoder gives.
    const broken = new Uint8Array([
      ...encode('{"r": ["a'),
      0xe2,
      0x82,
      ...encode('", "'),
      0x80,
      ...encode('b"]}'),
    ]);
    expect(parse(broken)).toEqual(decoded(broken));
  });

  it('gives what decoding and JSON.parse give for any object of any characters (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue()), (value) => {
        const bytes = encode(JSON.stringify(value));
        expect(parse(bytes)).toEqual(decoded(bytes));
      }),
      { numRuns: 200 },
    );
  });
});

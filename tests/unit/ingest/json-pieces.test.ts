/** JSON in pieces (lib/ingest/json-pieces.ts) equals JSON.parse, and refuses what it refuses. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drain } from '../../../lib/catalogue/cross-check.ts';
import { parseJsonSliced } from '../../../lib/ingest/json-pieces.ts';

function pieces(text: string): { value: unknown; pauses: number } {
  const task = parseJsonSliced(text);
  let pauses = 0;
  for (;;) {
    const step = task.next();
    if (step.done) return { value: step.value, pauses };
    pauses++;
  }
}

describe('parseJsonSliced', () => {
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
    expect(() => drain(parseJsonSliced(text))).toThrow(SyntaxError);
  });

  it('passes a document that is not an object to JSON.parse', () => {
    expect(pieces('[1, 2]').value).toEqual([1, 2]);
    expect(pieces(' "x" ').value).toBe('x');
  });
});

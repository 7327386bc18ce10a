/** Random damage to real JSON documents, for the property tests of everything that parses input. */
import fc from 'fast-check';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const DELETE = Symbol('delete');

/** Every path into a JSON value (the root included as []). */
export function jsonPaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix];
  if (Array.isArray(value)) for (const [i, v] of value.entries()) out.push(...jsonPaths(v, [...prefix, i]));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...jsonPaths(v, [...prefix, k]));
  return out;
}

/** A copy of `doc` with the value at `path` replaced, or removed when `value` is DELETE. */
export function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value === DELETE ? undefined : value;
  const copy: unknown = structuredClone(doc);
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value !== DELETE) node[last] = value;
  else if (Array.isArray(node)) node.splice(Number(last), 1);
  else delete node[last];
  return copy;
}

/** Values an attacker or a careless editor might put anywhere: JSON, huge strings, odd keys. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constant(DELETE),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '<script>alert(1)</script>', 'javascript:alert(1)', '__proto__', 'constructor'),
  fc.constantFrom(-1, 0, 1e308, Number.MAX_SAFE_INTEGER + 2, -0),
  fc.constant({ __proto__: { polluted: true } }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": true}}') as unknown),
);

/** 1–3 random edits of `doc`. */
export function mutationOf(doc: unknown): fc.Arbitrary<unknown> {
  const paths = jsonPaths(doc);
  const edit = fc.tuple(fc.constantFrom(...paths), hostileValue);
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    let out = doc;
    for (const [path, value] of edits) {
      try {
        out = setAt(out, path, value);
      } catch {
        // An earlier edit removed the parent of this path: skip it.
      }
    }
    return out;
  });
}

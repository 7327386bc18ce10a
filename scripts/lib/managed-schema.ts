/**
 * The manifest's `storage.managed_schema`, generated from data/policy-schema.ts. Chrome accepts only
 * a subset of JSON Schema (type, properties, items, enum, minimum, maximum, pattern, description),
 * so everything else that zod emits is dropped here; lib/policy/policy.ts checks the rest when reading.
 */
import { z } from 'zod';
import { PolicySchema } from '../../data/policy-schema.ts';

const CHROME_KEYWORDS = new Set([
  'type',
  'properties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'description',
]);

export type ChromeSchema = { [key: string]: unknown };

function toChrome(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toChrome);
  if (typeof node !== 'object' || node === null) return node;
  const out: ChromeSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (!CHROME_KEYWORDS.has(key)) continue;
    if (key === 'properties') {
      out[key] = Object.fromEntries(
        Object.entries(value as object).map(([name, sub]) => [name, toChrome(sub)]),
      );
    } else if (key === 'enum') {
      out[key] = [...(value as unknown[])].sort();
    } else out[key] = toChrome(value);
  }
  return out;
}

export function policyJsonSchema(): ChromeSchema {
  return z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'throw' }) as ChromeSchema;
}

export function managedSchema(): ChromeSchema {
  return toChrome(policyJsonSchema()) as ChromeSchema;
}

export const MANAGED_SCHEMA_FILE = 'managed_schema.json';

export function managedSchemaFile(): { relativeDest: string; contents: string } {
  return { relativeDest: MANAGED_SCHEMA_FILE, contents: `${JSON.stringify(managedSchema(), null, 2)}\n` };
}

/**
 * Lenient reading of the managed policy. An administrator's typo in one key must not switch off
 * the whole policy: a key with a wrong value is ignored with an English warning (for the console
 * and the options page) and the rest applies. In lists, bad items are dropped one by one.
 */
import type { z } from 'zod';
import { type Policy, type PolicyKey, PolicySchema } from '../../data/policy-schema.ts';

export interface PolicyResult {
  policy: Policy;
  warnings: string[];
}

const SHAPE = PolicySchema.shape as Record<PolicyKey, z.ZodType>;

/**
 * Keys whose presence makes the extension stricter: a wrong value must not quietly relax it, so
 * it counts as the strictest value (an empty key list refuses every document) instead of none.
 */
const FAIL_CLOSED: Partial<Record<PolicyKey, unknown>> = { catalogueKeys: [] };

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return typeof value === 'string' ? `"${value}"` : `${typeof value} ${JSON.stringify(value)}`;
}

function firstMessage(error: z.ZodError): string {
  return error.issues[0]?.message ?? 'invalid value';
}

/** The element schema of an optional array key, or null when the key is not a list. */
function elementOf(schema: z.ZodType): z.ZodType | null {
  const inner = (schema as unknown as { unwrap?: () => z.ZodType }).unwrap?.() ?? schema;
  const element = (inner as unknown as { element?: z.ZodType }).element;
  return element ?? null;
}

function parseList(key: PolicyKey, value: unknown[], element: z.ZodType, warnings: string[]): unknown[] {
  const kept: unknown[] = [];
  value.forEach((item, i) => {
    const parsed = element.safeParse(item);
    if (parsed.success) kept.push(parsed.data);
    else warnings.push(`Policy "${key}"[${i}]: ${describe(item)} ignored (${firstMessage(parsed.error)}).`);
  });
  return kept;
}

export function parsePolicy(raw: unknown): PolicyResult {
  const warnings: string[] = [];
  const policy: Record<string, unknown> = {};
  if (raw === undefined || raw === null) return { policy, warnings };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { policy, warnings: [`Policy ignored: expected an object, got ${describe(raw)}.`] };
  }
  for (const [key, value] of Object.entries(raw)) {
    if (!Object.hasOwn(SHAPE, key)) {
      warnings.push(`Policy "${key}" is not a known setting and was ignored.`);
      continue;
    }
    const name = key as PolicyKey;
    const schema = SHAPE[name];
    const parsed = schema.safeParse(value);
    if (parsed.success) {
      if (parsed.data !== undefined) policy[name] = parsed.data;
      continue;
    }
    const element = elementOf(schema);
    if (element && Array.isArray(value)) {
      policy[name] = parseList(name, value, element, warnings);
      continue;
    }
    if (Object.hasOwn(FAIL_CLOSED, name)) {
      policy[name] = FAIL_CLOSED[name];
      warnings.push(
        `Policy "${key}": ${describe(value)} is not valid (${firstMessage(parsed.error)}); the strictest setting applies.`,
      );
      continue;
    }
    warnings.push(`Policy "${key}": ${describe(value)} ignored (${firstMessage(parsed.error)}).`);
  }
  return { policy: policy as Policy, warnings };
}

export { isFeatureOff } from './features.ts';

/**
 * Who a resource is for: age (with per-site limits where the sites differ), gender, hbtqi. `age`
 * is what ranking uses, so it must never shut out anyone a site takes.
 */
import { z } from 'zod';
import { FactSource, UNKNOWN, Unknown } from './fact-schema.ts';

export const GENDERS = ['women', 'men', 'trans', 'any'] as const;

const AgeRange = z
  .strictObject({
    min: z.int().min(0).max(120).nullable().describe('Lowest age, or null for no lower limit'),
    max: z.int().min(0).max(120).nullable().describe('Highest age, or null for no upper limit'),
  })
  .refine((r) => r.min === null || r.max === null || r.min <= r.max, {
    message: 'min must not be above max',
  });

const AgeLimit = z.union([Unknown, z.literal('none'), AgeRange]).describe('"none" = verified: any age');
type AgeLimitValue = z.infer<typeof AgeLimit>;

/** One site's own age limit where a service's sites differ (Mika Göteborg: none; Stockholm: 18+). */
const SiteAge = z.strictObject({
  site: z.string().min(2).describe('The site, e.g. "Göteborg" or "Evonhuset, Malmö"'),
  age: AgeLimit,
  note: z.string().optional().describe('Swedish note, e.g. where younger people are referred'),
  source: FactSource,
});

/** True when `outer` lets in everyone `inner` lets in ("unknown" as outer covers anything). */
function covers(outer: AgeLimitValue, inner: AgeLimitValue): boolean {
  if (outer === UNKNOWN || outer === 'none') return true;
  if (inner === UNKNOWN) return true;
  if (inner === 'none') return outer.min === null && outer.max === null;
  const lowOk = outer.min === null || (inner.min !== null && inner.min >= outer.min);
  const highOk = outer.max === null || (inner.max !== null && inner.max <= outer.max);
  return lowOk && highOk;
}

export const EligibilitySchema = z
  .strictObject({
    age: AgeLimit.describe('The limit ranking uses; "none" = verified: any age'),
    ageBySite: z
      .array(SiteAge)
      .min(1)
      .optional()
      .describe('Age limits per site where they differ; shown on the card beside `age`'),
    gender: z.union([Unknown, z.array(z.enum(GENDERS)).min(1)]),
    hbtqi: z.union([Unknown, z.boolean()]).describe('true when the service is specifically for hbtqi people'),
    note: z.string().optional(),
  })
  .refine((e) => (e.ageBySite ?? []).every((site) => covers(e.age, site.age)), {
    path: ['age'],
    message:
      '`age` must not shut out anyone a site in `ageBySite` takes: widen it to cover every site, or write "unknown"',
  });
export type Eligibility = z.infer<typeof EligibilitySchema>;

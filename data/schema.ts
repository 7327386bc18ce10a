/**
 * The catalogue's shape: one resource per file in data/resources/<id>.json.
 * Modelled on what a clinician needs at a glance and on Open Referral HSDS 3.0
 * (service, organization, phone, schedule, eligibility, service_area, language, assured_date).
 *
 * Rule for the whole file: "unknown" (nobody has verified it) and "none" (verified: there is
 * no such limit / cost / channel) are different values, and the UI must never show the first
 * as if it were the second.
 */
import { z } from 'zod';
import { ChannelSchema } from './channel-schema.ts';
import { EligibilitySchema } from './eligibility-schema.ts';
import { FactSource, SourceSchema, UNKNOWN, Unknown, UnknownWithNoteSchema } from './fact-schema.ts';
import { GuidanceStepSchema, LawReferenceSchema } from './guidance-schema.ts';
import { THEME_IDS } from './themes.ts';

export {
  type Channel,
  ChannelSchema,
  type ChannelType,
  type Hours,
  HoursSchema,
  PHONE_PATTERN,
} from './channel-schema.ts';
export { type Eligibility, EligibilitySchema, GENDERS } from './eligibility-schema.ts';
export {
  SOURCE_KINDS,
  type Source,
  type SourceKind,
  UNKNOWN,
  type UnknownWithNote,
  UnknownWithNoteSchema,
} from './fact-schema.ts';

const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case a–z, 0–9 and single hyphens (kebab-case)')
  .describe('Stable id; equals the file name without .json');

const IsoDate = z.iso.date('write the date as YYYY-MM-DD');

export const AUDIENCES = ['patient', 'relatives', 'staff'] as const;

/** The kind of help: talk, report (a crime or tip), protection (social services), care, advice, emergency. */
export const ROUTES = ['talk', 'report', 'protection', 'care', 'advice', 'emergency'] as const;

export const CoverageSchema = z.union([
  Unknown,
  z.strictObject({ scope: z.literal('national') }),
  z.strictObject({
    scope: z.literal('regions'),
    regions: z
      .array(z.string().regex(/^\d{2}$/, 'use two-digit Swedish county codes, e.g. "13" for Halland'))
      .min(1),
    municipalities: z
      .array(z.string().min(2, 'write the municipality by name, e.g. "Halmstad"'))
      .min(1)
      .optional()
      .describe('Municipalities (kommuner) it serves, by name, when not the whole county; searchable'),
  }),
]);
export type Coverage = z.infer<typeof CoverageSchema>;

const NeutralLabel = z.string().min(2).max(40, 'keep the neutral label short (40 characters)');

const English = z
  .strictObject({
    name: z.string().optional(),
    neutralName: NeutralLabel.optional().describe(
      'The neutral label in English, for a handout printed in English',
    ),
    purpose: z.string().optional(),
    description: z.string().optional(),
  })
  .optional();

export const ResourceBase = z.strictObject({
  id: Id,
  name: z.string().min(2).describe('The name people know it by'),
  neutralName: NeutralLabel.optional().describe(
    'What discreet mode shows instead of the name, saying nothing of the situation, e.g. "Nationell stödlinje"',
  ),
  organisation: z.string().min(2).describe('Who runs it'),
  purpose: z.string().min(10).max(160, 'keep the purpose to one line (160 characters)'),
  description: z.string().optional(),
  audience: z
    .array(z.enum(AUDIENCES))
    .min(1)
    .describe('Who may contact it: the patient, relatives, staff seeking advice'),
  eligibility: EligibilitySchema,
  channels: z.array(ChannelSchema).describe('Every way to reach it; may be empty for reports'),
  anonymity: z.enum(['anonymous', 'optional', 'not-anonymous', UNKNOWN]),
  cost: z.union(
    [
      Unknown,
      UnknownWithNoteSchema,
      z.strictObject({ free: z.boolean(), note: z.string().optional(), source: FactSource }),
    ],
    {
      error: 'Invalid input: write "unknown", { "status": "unknown", "note": "…" } or { "free": true }',
    },
  ),
  languages: z.union([
    Unknown,
    z.strictObject({
      languages: z.array(z.string().regex(/^[a-z]{2,3}$/, 'use ISO 639 codes such as "sv"')).min(1),
      interpreter: z.union([Unknown, z.boolean()]),
      note: z.string().optional(),
    }),
  ]),
  coverage: CoverageSchema,
  serves: z
    .partialRecord(
      z.enum(THEME_IDS, { error: `use a situation id of data/vocabulary: ${THEME_IDS.join(', ')}` }),
      z.number().min(0, 'a fit from 0 to 1').max(1, 'a fit from 0 to 1'),
    )
    .describe(
      'Situations this resource serves and how well it fits each (1 = the first choice, 0.3 = worth a look)',
    ),
  aliases: z
    .array(
      z
        .string()
        .min(2)
        .regex(
          /^[\p{L}\p{N}+]+(?:[ -][\p{L}\p{N}+]+)*$/u,
          'letters and digits, words separated by one space',
        ),
    )
    .default([])
    .describe('Names a note uses for it ("Terrafem", "114 14"): found on a page, the resource comes first'),
  keywords: z.array(z.string().min(2)).default([]).describe('Extra search words and abbreviations'),
  route: z.enum(ROUTES).optional().describe('The kind of help; different kinds come first in the side panel'),
  urgent: z.string().optional().describe('What to do when it is closed or it is urgent'),
  sources: z.array(SourceSchema).min(1, 'every resource needs at least one source'),
  verified: IsoDate.describe('When the facts were last checked against the sources'),
  unknownNote: z.string().optional().describe('Swedish note on what is still to be verified'),
  en: English,
});

const Training = ResourceBase.extend({
  kind: z.literal('training'),
  format: z.enum(['web', 'onsite', 'written', 'mixed']),
  duration: z.union([Unknown, z.string().min(1)]),
});
const Report = ResourceBase.extend({
  kind: z.literal('report'),
  publisher: z.string().min(2),
  year: z.union([Unknown, z.int().min(1990).max(2100)]),
});

/**
 * Guidance that editors keep beside the services: what to do, in steps, with the law where a source
 * verifies it. Not a service, so the service fields default to unknown, and it is not ranked
 * (`serves` stays empty); `situations` says what it is about, for the side panel to pick it.
 */
const Guidance = ResourceBase.extend({
  kind: z.literal('guidance'),
  eligibility: EligibilitySchema.default({ age: UNKNOWN, gender: UNKNOWN, hbtqi: UNKNOWN }),
  channels: z.array(ChannelSchema).default([]),
  anonymity: ResourceBase.shape.anonymity.default(UNKNOWN),
  cost: ResourceBase.shape.cost.default(UNKNOWN),
  languages: ResourceBase.shape.languages.default(UNKNOWN),
  serves: ResourceBase.shape.serves.default({}).refine((serves) => Object.keys(serves).length === 0, {
    message: 'guidance is not ranked: leave `serves` empty and list what it is about in `situations`',
  }),
  aliases: ResourceBase.shape.aliases.describe(
    'Words that show a page is about this routine ("orosanmälan"): the guidance is shown beside the suggestions when the page also has a need it is about; never ranked',
  ),
  steps: z.array(GuidanceStepSchema).min(1, 'write at least one step'),
  law: z.array(LawReferenceSchema).default([]).describe('Law and regulations, each verified by a source'),
  related: z
    .array(Id)
    .default([])
    .describe('Ids of the resources the steps tell you to contact, in the order to try them'),
  situations: z
    .array(z.enum(THEME_IDS))
    .default([])
    .describe('The situations this guidance is about (data/vocabulary ids)'),
});

export const ResourceSchema = z.discriminatedUnion('kind', [
  ResourceBase.extend({ kind: z.literal('helpline') }),
  ResourceBase.extend({ kind: z.literal('chat') }),
  ResourceBase.extend({ kind: z.literal('support-service') }),
  ResourceBase.extend({ kind: z.literal('regional-contact') }),
  ResourceBase.extend({ kind: z.literal('information') }),
  Training,
  ResourceBase.extend({ kind: z.literal('material') }),
  Report,
  Guidance,
]);
export type Resource = z.infer<typeof ResourceSchema>;
export type ResourceKind = Resource['kind'];
export type GuidanceResource = Extract<Resource, { kind: 'guidance' }>;

/**
 * How a resource is reached: phone, sms, text phone, chat, web, e-mail or a visit, each with its
 * number or address and, where it has them, opening hours. Part of the resource schema (schema.ts).
 */
import { z } from 'zod';
import { FactSource, HttpsUrl, Unknown, UnknownWithNoteSchema } from './fact-schema.ts';

/** Swedish display format: digits in groups, one optional area-code hyphen ("020-50 50 50", "114 14"). */
export const PHONE_PATTERN = /^(\d{2,4}-)?\d{2,4}( \d{2,3})*$/;
const PhoneNumber = z
  .string()
  .regex(PHONE_PATTERN, 'write the number as it is said, e.g. "020-50 50 50", "116 111" or "112"')
  .describe('Phone number in Swedish display format');

/**
 * Opening hours in OpenStreetMap opening_hours syntax, interpreted in Europe/Stockholm with
 * Swedish public holidays ("PH"). Eves that services treat as holidays are written out,
 * e.g. "Dec 24,31 off". Syntax is checked by lib/hours at load time.
 */
export const HoursSchema = z
  .union(
    [
      Unknown,
      UnknownWithNoteSchema,
      z.strictObject({
        osm: z.string().min(1).describe('opening_hours expression, e.g. "Mo-Fr 09:00-16:00; PH off"'),
        note: z.string().optional().describe('Swedish note shown beside the hours'),
        source: FactSource,
      }),
    ],
    {
      error:
        'Invalid input: write "unknown", { "status": "unknown", "note": "…" } or { "osm": "Mo-Fr 09:00-16:00" }',
    },
  )
  .describe('Opening hours, "unknown", or unknown with a note');
export type Hours = z.infer<typeof HoursSchema>;

const ChannelBase = z.strictObject({
  note: z.string().optional().describe('Short Swedish note about this channel'),
  source: FactSource.describe('The url of the entry in `sources` the number or address comes from'),
});

/**
 * A promise about privacy that a service makes for a channel, printed on the patient's handout
 * only with the source that says it: the url of the entry in `sources`.
 */
const SourcedClaim = z
  .strictObject({
    source: z.string().min(1, 'name the url of the entry in `sources` that says so'),
  })
  .describe('Stated by the source it names');

const PhoneLike = ChannelBase.extend({
  number: z.union([PhoneNumber, Unknown]),
  hours: HoursSchema,
  notOnPhoneBill: SourcedClaim.optional().describe(
    'The service says a call does not show on the phone bill; { "source": "<url in sources>" }',
  ),
});

export const ChannelSchema = z.discriminatedUnion('type', [
  PhoneLike.extend({ type: z.literal('phone') }),
  PhoneLike.extend({ type: z.literal('sms') }),
  PhoneLike.extend({ type: z.literal('textphone') }),
  ChannelBase.extend({
    type: z.literal('chat'),
    url: z.union([HttpsUrl, Unknown]),
    hours: HoursSchema,
  }),
  ChannelBase.extend({ type: z.literal('web'), url: HttpsUrl }),
  ChannelBase.extend({
    type: z.literal('email'),
    address: z
      .union([z.email('write a plain e-mail address'), Unknown])
      .describe('The address, or "unknown" when only the way (e.g. "mejl via bris.se") is known'),
    responseTime: z.string().optional(),
  }),
  ChannelBase.extend({
    type: z.literal('visit'),
    address: z
      .union([z.string().min(3, 'write the street address and town'), Unknown])
      .describe('Street address and town, or "unknown" (say in `note` where the site is)'),
    hours: HoursSchema,
  }),
]);
export type Channel = z.infer<typeof ChannelSchema>;
export type ChannelType = Channel['type'];

/**
 * The pieces the catalogue uses to say how sure it is: "unknown", unknown with a note, which
 * source a fact comes from, and the sources themselves with their kind and date.
 */
import { z } from 'zod';

export const UNKNOWN = 'unknown' as const;
export const Unknown = z.literal(UNKNOWN).describe('Not verified: the UI says so instead of guessing');

export const HttpsUrl = z
  .url({ protocol: /^https$/, error: 'use a full https:// address' })
  .describe('An https address');

/**
 * Which entry of the resource's `sources` one fact comes from, by its url. Set it where the fact
 * is weaker than the rest (a secondary or old source), so the card can say so beside the fact.
 */
export const FactSource = z
  .string()
  .min(1)
  .optional()
  .describe('The url of the entry in `sources` this fact comes from');

/**
 * Not verified, but something is known about it: "Kontorstid vardagar; exakta tider är inte
 * angivna". Shown as unknown with the note, never computed into open or closed.
 */
export const UnknownWithNoteSchema = z
  .strictObject({
    status: z.literal(UNKNOWN),
    note: z.string().min(3, 'say in a few words what is known and where to look').describe('Swedish note'),
    source: FactSource,
  })
  .describe('Not verified, with a note on what is known');
export type UnknownWithNote = z.infer<typeof UnknownWithNoteSchema>;

/**
 * Who stands behind a source: the service's own organisation, a public authority (agency, region,
 * municipality, government, Riksdag), or a secondary one (news, blog, partner site, a copy on
 * another site). With its date, the card and `catalogue review` say how sure a fact is.
 */
export const SOURCE_KINDS = ['organisation', 'authority', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** ISO 8601 at the precision the page gives: "2014", "2012-12" or "2024-04-16". */
const SourceDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'write the date as YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((d) => d.length < 10 || z.iso.date().safeParse(d).success, 'no such day: write YYYY-MM-DD')
  .refine((d) => d.length !== 7 || (Number(d.slice(5)) >= 1 && Number(d.slice(5)) <= 12), 'no such month');

export const SourceSchema = z
  .strictObject({
    url: HttpsUrl,
    label: z.string().min(1).describe('What the page is, in a few words'),
    kind: z
      .enum(SOURCE_KINDS, { error: 'kind is "organisation", "authority" or "secondary"' })
      .optional()
      .describe('Who stands behind the page; older catalogues leave it out'),
    date: SourceDate.optional().describe('When the page was published or dated'),
    dateInferred: z
      .literal(true)
      .optional()
      .describe('true when the page shows no date and `date` is inferred from its text'),
  })
  .refine((s) => s.dateInferred === undefined || s.date !== undefined, {
    path: ['dateInferred'],
    message: 'dateInferred needs a date: write the inferred year in `date`',
  });
export type Source = z.infer<typeof SourceSchema>;

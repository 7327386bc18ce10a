/**
 * Schema of data/synonyms.json: its shape only. The check that needs the search's text folding
 * (two terms of a group that are the same once case and å/ä/ö are ignored) is one layer up, in
 * lib/catalogue/synonyms.ts, which callers parse through. The popup imports the plain JSON
 * through lib/search, which must not pull in zod.
 */
import { z } from 'zod';

const Term = z
  .string()
  .trim()
  .min(2, 'a synonym needs at least two characters')
  .max(80)
  .refine((t) => /[\p{L}\p{N}]/u.test(t), 'a synonym needs a letter or digit');

export const SynonymGroupSchema = z.strictObject({
  terms: z.array(Term).min(2, 'a group needs at least two terms'),
  note: z.string().optional().describe('Why these belong together (English)'),
});

export const SynonymsSchema = z.strictObject({
  $comment: z.string().optional(),
  groups: z.array(SynonymGroupSchema),
});

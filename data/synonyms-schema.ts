/**
 * Schema of data/synonyms.json (build time and CLI only: the popup imports the plain JSON
 * through lib/search, which must not pull in zod).
 */
import { z } from 'zod';
import { fold } from '../lib/search/fold.ts';
import type { Synonyms } from '../lib/search/types.ts';

const Term = z
  .string()
  .trim()
  .min(2, 'a synonym needs at least two characters')
  .max(80)
  .refine((t) => /[\p{L}\p{N}]/u.test(t), 'a synonym needs a letter or digit');

export const SynonymGroupSchema = z
  .strictObject({
    terms: z.array(Term).min(2, 'a group needs at least two terms'),
    note: z.string().optional().describe('Why these belong together (English)'),
  })
  .refine((g) => new Set(g.terms.map(fold)).size === g.terms.length, {
    message: 'two terms in the group are the same once case and å/ä/ö are ignored',
  });

export const SynonymsSchema = z.strictObject({
  $comment: z.string().optional(),
  groups: z.array(SynonymGroupSchema),
});

/** Validates unknown JSON (e.g. data/synonyms.json) and returns the searcher's plain type. */
export function parseSynonyms(json: unknown): Synonyms {
  return SynonymsSchema.parse(json);
}

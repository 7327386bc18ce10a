/**
 * Reading data/synonyms.json (build time and CLI only): its shape from data/synonyms-schema.ts,
 * and, because matching ignores case and å/ä/ö, no group may hold the same term twice once folded.
 */
import { SynonymsSchema } from '../../data/synonyms-schema.ts';
import { fold } from '../search/fold.ts';
import type { Synonyms } from '../search/types.ts';

const CheckedSynonymsSchema = SynonymsSchema.superRefine((synonyms, ctx) => {
  synonyms.groups.forEach((group, i) => {
    if (new Set(group.terms.map(fold)).size !== group.terms.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['groups', i],
        message: 'two terms in the group are the same once case and å/ä/ö are ignored',
      });
    }
  });
});

/** Validates unknown JSON (e.g. data/synonyms.json) and returns the searcher's plain type. */
export function parseSynonyms(json: unknown): Synonyms {
  return CheckedSynonymsSchema.parse(json);
}

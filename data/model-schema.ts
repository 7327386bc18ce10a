/**
 * The page reader's second reader (lib/matcher/model.ts) as data: per situation, a logistic
 * model over a paragraph's folded words and word pairs. data/model/situations.json is made by
 * `npm run train-model` from the development corpus only (tests/corpus/dev*.jsonl); nobody edits it
 * by hand. A unit test checks the committed file against this schema and against a fresh training.
 */
import { z } from 'zod';
import { THEME_IDS } from './themes.ts';

export const SituationModelSchema = z
  .strictObject({
    version: z.literal(1),
    trainedOn: z.string().min(1).describe('What it was trained on, for the reader of the file'),
    threshold: z.number().gt(0).lt(1).describe('A paragraph tells of a situation from this probability'),
    features: z
      .array(
        z
          .string()
          .regex(
            /^([a-z0-9]+( [a-z0-9]+)?|[a-z0-9]+-|-[a-z0-9]+)$/,
            'a folded word, two words, a stem or a head',
          ),
      )
      .describe(
        'Folded words ("pass"), neighbouring pairs ("tagit pass"), stems ("missh-") and heads ("-vald"), by index',
      ),
    themes: z.array(
      z.strictObject({
        theme: z.enum(THEME_IDS),
        bias: z.number().finite(),
        index: z.array(z.number().int().nonnegative()),
        weight: z.array(z.number().finite()),
      }),
    ),
  })
  .superRefine((model, ctx) => {
    model.themes.forEach((t, k) => {
      if (t.index.length !== t.weight.length)
        ctx.addIssue({ code: 'custom', path: ['themes', k], message: 'index and weight differ in length' });
      if (t.index.some((i) => i >= model.features.length))
        ctx.addIssue({
          code: 'custom',
          path: ['themes', k, 'index'],
          message: 'a feature index past the end',
        });
    });
  });

export type SituationModel = z.infer<typeof SituationModelSchema>;

/**
 * The ranking's prior (lib/rank/prior.ts) as data: per resource, a bias and a weight for each
 * feature of a page. data/model/ranking.json is made by `npm run train-model` from the development
 * corpus only; nobody edits it by hand.
 */
export const RankPriorSchema = z.strictObject({
  version: z.literal(1),
  trainedOn: z.string().min(1).describe('What it was trained on, for the reader of the file'),
  limit: z.number().positive().max(5).describe('The factor stays within e^-limit … e^limit'),
  resources: z.array(
    z.strictObject({
      id: z.string().min(1),
      bias: z.number().finite(),
      weights: z.record(
        z.string().regex(/^(s|o|u|p|a|g):[a-z0-9+|:-]+$/, 'a page feature (lib/rank/prior.ts)'),
        z.number().finite(),
      ),
    }),
  ),
});

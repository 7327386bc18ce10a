/**
 * A theme of the Swedish vocabulary: the terms the page matcher looks for and the resources
 * (with weights) a hit points to. One file per theme in data/vocabulary/<id>.json.
 *
 * Terms are written in their base form with å/ä/ö; the matcher adds case folding, text typed
 * without å/ä/ö, flexible spaces/hyphens inside multiword terms and the word endings that
 * `match` allows. Only irregular forms (sålt sex, sålde sex) are listed as terms of their own.
 */
import { z } from 'zod';
import { THEME_IDS } from './themes.ts';

export const MATCH_MODES = ['stem', 'inflect', 'exact'] as const;

export const TermSchema = z.strictObject({
  term: z
    .string()
    .min(2)
    .regex(/^[\p{L}\p{N}+]+(?:[ -][\p{L}\p{N}+]+)*$/u, 'letters and digits; words separated by one space')
    .describe('Base form, in Swedish with å/ä/ö; multiword terms use spaces'),
  match: z
    .enum(MATCH_MODES)
    .default('stem')
    .describe(
      'stem: any ending and compound head (sexköp → sexköpslagen, hbtq → hbtq-personer); ' +
        'inflect: only inflection endings (-en, -et, -na, -er, -ar, -erna, -arna, -s …); exact: whole word only',
    ),
  prefixed: z
    .boolean()
    .optional()
    .describe('Also match as the last part of a compound (gatuprostitution, nätgrooming)'),
  notNear: z
    .array(z.string().min(2))
    .optional()
    .describe(
      'Context rule: if a word starting with one of these occurs within a few words before or after, ' +
        'in the same sentence, the word has another sense and is not counted (eskort → röntgen, patient)',
    ),
  notTails: z
    .array(z.string().min(1))
    .optional()
    .describe('Endings that show another word (eskort + "erades" is the verb "to escort")'),
});
export type Term = z.infer<typeof TermSchema>;
export type MatchMode = (typeof MATCH_MODES)[number];

export const ThemeSchema = z.strictObject({
  id: z.enum(THEME_IDS),
  label: z.string().min(2).describe('Swedish label shown in reasons ("sidan nämner: …")'),
  labelEn: z.string().min(2),
  terms: z.array(TermSchema).min(1),
  resources: z
    .array(z.strictObject({ id: z.string(), weight: z.number().min(0).max(1) }))
    .min(1)
    .describe('Resources this theme points to, with a weight for ranking'),
  sources: z.array(z.string()).default([]).describe('Source keys from catalogue-facts.md'),
});
export type Theme = z.infer<typeof ThemeSchema>;
/** A theme as written in a file, before zod fills in defaults. */
export type ThemeInput = z.input<typeof ThemeSchema>;

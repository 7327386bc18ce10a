/**
 * A situation of the Swedish vocabulary ("theme" in code): the terms the page reader looks for,
 * and the combinations of parts that say it without its own words ("fått pengar" near "sexuella
 * saker"). One file per situation in data/vocabulary/<id>.json; the parts it combines live in
 * data/vocabulary/parts/<id>.json and may be shared. Which resources serve a situation is said on
 * the resource (data/schema.ts `serves`), never here.
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
  names: z
    .boolean()
    .optional()
    .describe(
      'The term names the situation itself (människohandel, SME, våld i nära relation): the reader never ' +
        'takes it back as a word in another sense where its second reader finds the paragraph unlikely',
    ),
});
export type Term = z.infer<typeof TermSchema>;
export type MatchMode = (typeof MATCH_MODES)[number];

const PartId = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use the kebab-case id of a file in data/vocabulary/parts/');

export const ComboSchema = z.strictObject({
  parts: z
    .array(PartId)
    .min(2)
    .max(3)
    .describe('Parts that must all stand in one sentence ("betalning" and "sexuellt")'),
  within: z
    .int()
    .min(1)
    .max(25)
    .default(8)
    .describe('Most words between the first and the last part of the combination'),
  child: z
    .literal(true)
    .optional()
    .describe(
      "Counts only when the text gives the age of a child, as a suspicion: an adult's gifts to a child",
    ),
  gender: z
    .enum(['woman', 'man'])
    .optional()
    .describe(
      'Counts only where the paragraph says the patient is a woman (or a man), clearly: a partner of the same gender ("Kvinna 34 … lever med en kvinna")',
    ),
  carry: z
    .literal(true)
    .optional()
    .describe(
      'The first part may stand in an earlier sentence of the paragraph, taken up by a pronoun: "Partnern följer med. … han har knuffat henne mot väggen"',
    ),
});
export type Combo = z.infer<typeof ComboSchema>;

/**
 * Signs that say a situation together though no sentence says it: a note that gives two or more
 * different signs of trafficking (no own phone, cannot give an address, sleeps at the workplace)
 * suggests trafficking, as a suspicion. Counted over a paragraph (no blank line between).
 */
export const SignsSchema = z.strictObject({
  parts: z.array(PartId).min(2).max(12).describe('Parts that are each a sign of the situation'),
  min: z.int().min(2).max(6).default(2).describe('How many different signs the paragraph must give'),
  with: PartId.optional().describe('A part that must also stand in the paragraph (a partner for control)'),
  child: z
    .literal(true)
    .optional()
    .describe('Counts only when the text gives the age of a child (grooming signs)'),
});
export type Signs = z.infer<typeof SignsSchema>;

export const ThemeSchema = z.strictObject({
  id: z.enum(THEME_IDS),
  label: z.string().min(2).describe('Swedish label shown in reasons ("sidan nämner: …")'),
  labelEn: z.string().min(2),
  terms: z.array(TermSchema).min(1),
  combos: z.array(ComboSchema).default([]).describe('Ways to say it with parts that stand near each other'),
  signs: z.array(SignsSchema).default([]).describe('Signs that together, in one paragraph, suggest it'),
  need: PartId.optional().describe(
    'For who a person is (hbtqi): a part that, in the same paragraph, says the person needs support; only then does it suggest on its own',
  ),
  sources: z.array(z.string()).default([]).describe('Source keys from catalogue-facts.md'),
});
export type Theme = z.infer<typeof ThemeSchema>;
/** A theme as written in a file, before zod fills in defaults. */
export type ThemeInput = z.input<typeof ThemeSchema>;

/** A part of a combination: words that say one thing ("betalning": pengar, betalt, presenter …). */
export const PartSchema = z.strictObject({
  id: PartId,
  label: z.string().min(2).describe('Swedish label shown when the catalogue tool explains a hit'),
  terms: z.array(TermSchema).min(1),
  who: z
    .literal(true)
    .optional()
    .describe(
      'The part only names who (a partner, a relative, "han"): in a combination, a negation of its other parts negates the whole ("inget kontrollerande beteende enligt … mamma")',
    ),
});
export type Part = z.infer<typeof PartSchema>;
export type PartInput = z.input<typeof PartSchema>;

/**
 * The parts of a guidance entry (kind "guidance" in data/schema.ts): steps a clinician acts on, and
 * the law they rest on, each pointing to the source that says so.
 */
import { z } from 'zod';
import { FactSource } from './fact-schema.ts';

export const GuidanceStepSchema = z.strictObject({
  text: z.string().min(10, 'write the step as a full sentence').describe('One step, in Swedish'),
  source: FactSource.describe('The url of the entry in `sources` this step comes from'),
});

/** A law or regulation by chapter and paragraph: only where a source verifies that reference. */
export const LawReferenceSchema = z.strictObject({
  ref: z
    .string()
    .min(3)
    .describe('Chapter and paragraph as the source gives them, e.g. "HSLF-FS 2022:39 7 kap. 2 §"'),
  note: z.string().optional().describe('Swedish note, e.g. that the law has been replaced'),
  source: z
    .string({ error: 'a law reference needs `source`: the url of the entry in `sources` that verifies it' })
    .min(1)
    .describe('The url of the entry in `sources` that verifies this reference'),
});

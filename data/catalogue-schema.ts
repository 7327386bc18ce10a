/**
 * The single-file catalogue document: what `npm run catalogue -- build` writes, what an
 * administrator serves from the intranet, and what the extension bundles.
 */
import { z } from 'zod';
import { ResourceSchema } from './schema.ts';
import { PartSchema, ThemeSchema } from './vocabulary-schema.ts';

export const CATALOGUE_FORMAT = 'hanvisa-catalogue/1' as const;

export const CatalogueSchema = z.strictObject({
  format: z.literal(CATALOGUE_FORMAT, { error: `format must be "${CATALOGUE_FORMAT}"` }),
  version: z.string().min(1).describe('Publisher-chosen version, compared as text (e.g. 2026-11-28.1)'),
  published: z.iso.datetime().optional(),
  resources: z.array(ResourceSchema),
  vocabulary: z.array(ThemeSchema),
  /** Parts the vocabulary's combinations use; older documents have none. */
  parts: z.array(PartSchema).default([]),
});
export type Catalogue = z.infer<typeof CatalogueSchema>;

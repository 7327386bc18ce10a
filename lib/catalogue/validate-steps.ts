/**
 * The remote document's validation as a task that pauses (lib/ingest runs it in pieces): the same
 * checks as validateDocument (validate.ts), each resource, situation and part parsed on its own.
 */
import type { z } from 'zod';
import { type Catalogue, CatalogueSchema } from '../../data/catalogue-schema.ts';
import { ResourceSchema } from '../../data/schema.ts';
import { PartSchema, ThemeSchema } from '../../data/vocabulary-schema.ts';
import { crossCheckSteps } from './cross-check.ts';
import { migrateDocument } from './legacy.ts';
import {
  type CatalogueIssue,
  type ValidateOptions,
  type ValidationResult,
  validateDocument,
  zodIssues,
} from './validate.ts';

/** Each item parsed with its own schema, pausing after each; issues keep the document's path. */
function* parseEach<S extends z.ZodType>(
  schema: S,
  items: readonly unknown[],
  file: string,
  key: string,
  issues: CatalogueIssue[],
  every: number,
): Generator<void, z.infer<S>[], void> {
  const out: z.infer<S>[] = [];
  for (let i = 0; i < items.length; i++) {
    const parsed = schema.safeParse(items[i]);
    if (parsed.success) out.push(parsed.data);
    else issues.push(...zodIssues(file, parsed.error, [key, i]));
    if (i % every === every - 1) yield;
  }
  return out;
}

/**
 * validateDocument as a task that pauses between resources (lib/ingest): the same checks and the
 * same issues, in pieces of a few milliseconds. Resources, situations and parts are parsed one by
 * one with their own schemas, so a national document never goes through one long parse (the
 * vocabulary alone is 20–40 ms of zod on a cold worker).
 */
export function* validateDocumentSteps(
  data: unknown,
  file: string,
  options: ValidateOptions = {},
): Generator<void, ValidationResult, void> {
  const migrated = migrateDocument(data);
  if (
    typeof migrated !== 'object' ||
    migrated === null ||
    !Array.isArray((migrated as { resources?: unknown }).resources)
  )
    return validateDocument(data, file, options);
  const { resources: raw, vocabulary, parts, ...rest } = migrated as Record<string, unknown>;
  const byItem = Array.isArray(vocabulary) && (parts === undefined || Array.isArray(parts));
  const top = CatalogueSchema.safeParse(
    byItem
      ? { ...rest, resources: [], vocabulary: [], parts: [] }
      : { ...rest, resources: [], vocabulary, parts },
  );
  const issues: CatalogueIssue[] = top.success ? [] : zodIssues(file, top.error);
  yield;
  // A resource is about a millisecond of zod on a busy machine; a few at a time keep a piece short.
  const resources = (yield* parseEach(ResourceSchema, raw as unknown[], file, 'resources', issues, 4)).map(
    (resource, i) => ({ file: `${file} resources[${i}]`, resource }),
  );
  const vocab = byItem
    ? yield* parseEach(ThemeSchema, vocabulary as unknown[], file, 'vocabulary', issues, 1)
    : [];
  const partList = byItem
    ? yield* parseEach(PartSchema, (parts ?? []) as unknown[], file, 'parts', issues, 4)
    : [];
  if (!top.success || issues.length) return { ok: false, issues };
  const catalogue: Catalogue = { ...top.data, vocabulary: vocab, parts: partList, resources: [] };
  const themes = vocab.map((theme, i) => ({ file: `${file} vocabulary[${i}]`, theme }));
  const partFiles = partList.map((part, i) => ({ file: `${file} parts[${i}]`, part }));
  const crossIssues = yield* crossCheckSteps(resources, themes, partFiles, options);
  if (crossIssues.length) return { ok: false, issues: crossIssues };
  return { ok: true, catalogue: { ...catalogue, resources: resources.map((r) => r.resource) } };
}

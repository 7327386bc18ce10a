/**
 * Validation of catalogue data, shared by the build, the catalogue CLI and the extension's
 * remote-catalogue loader. Errors name the file and the field path and say what to fix.
 */
import type { z } from 'zod';
import { CATALOGUE_FORMAT, type Catalogue, CatalogueSchema } from '../../data/catalogue-schema.ts';
import { ResourceSchema } from '../../data/schema.ts';
import { PartSchema, ThemeSchema } from '../../data/vocabulary-schema.ts';
import { crossCheck } from './cross-check.ts';
import { isLegacyTheme, migrateDocument, migrateResource } from './legacy.ts';

export interface CatalogueIssue {
  file: string;
  path: string;
  message: string;
}
export type ValidationResult = { ok: true; catalogue: Catalogue } | { ok: false; issues: CatalogueIssue[] };

export interface SourceFile {
  /** Path shown in messages, e.g. data/resources/bris.json */
  file: string;
  /** Parsed JSON, or an Error when the file could not be read or parsed */
  data: unknown;
}

export interface ValidateOptions {
  /** Syntax check for opening_hours expressions; returns an English message or null. */
  checkHours?: (osm: string) => string | null;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out || '(root)';
}

export function zodIssues(
  file: string,
  error: z.ZodError,
  prefix: readonly PropertyKey[] = [],
): CatalogueIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: formatPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}

function isLegacyResource(data: unknown): boolean {
  return typeof data === 'object' && data !== null && Array.isArray((data as { themes?: unknown }).themes);
}

function baseName(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.json$/, '');
}

/** Parses one file per entry with `schema`; an entry's id must equal its file name. */
function parseFiles<T extends { id: string }>(
  files: SourceFile[],
  schema: z.ZodType<T>,
  issues: CatalogueIssue[],
): { file: string; value: T }[] {
  const parsed: { file: string; value: T }[] = [];
  for (const { file, data } of files) {
    if (data instanceof Error) {
      issues.push({ file, path: '(file)', message: data.message });
      continue;
    }
    const result = schema.safeParse(data);
    if (!result.success) issues.push(...zodIssues(file, result.error));
    else if (result.data.id !== baseName(file))
      issues.push({
        file,
        path: 'id',
        message: `id "${result.data.id}" must equal the file name "${baseName(file)}"`,
      });
    else parsed.push({ file, value: result.data });
  }
  return parsed;
}

/** Validates the data/ directory form: one file per resource, per situation and per part. */
export function validateFiles(
  resourceFiles: SourceFile[],
  themeFiles: SourceFile[],
  options: ValidateOptions = {},
  partFiles: SourceFile[] = [],
): ValidationResult {
  const issues: CatalogueIssue[] = [];
  // A data folder of the old format (themes on resources, weights in the vocabulary) is migrated.
  const oldThemes = themeFiles.map((f) => f.data).filter(isLegacyTheme);
  const legacy = oldThemes.length > 0 || resourceFiles.some((f) => isLegacyResource(f.data));
  const resourceData = legacy
    ? resourceFiles.map((f) => ({ ...f, data: migrateResource(f.data, oldThemes) }))
    : resourceFiles;
  const themeData = legacy ? themeFiles.filter((f) => !isLegacyTheme(f.data)) : themeFiles;
  const resources = parseFiles(resourceData, ResourceSchema, issues).map(({ file, value }) => ({
    file,
    resource: value,
  }));
  const themes = parseFiles(themeData, ThemeSchema, issues).map(({ file, value }) => ({
    file,
    theme: value,
  }));
  const parts = parseFiles(partFiles, PartSchema, issues).map(({ file, value }) => ({ file, part: value }));
  issues.push(...crossCheck(resources, themes, parts, options));
  if (issues.length) return { ok: false, issues };
  // The newest verification date (ISO dates sort as text) names the version of data/.
  const newest =
    resources
      .map((r) => r.resource.verified)
      .sort()
      .at(-1) ?? '0';
  const version = `data-${newest}`;
  return {
    ok: true,
    catalogue: {
      format: CATALOGUE_FORMAT,
      version,
      resources: resources.map((r) => r.resource).sort((a, b) => a.id.localeCompare(b.id)),
      vocabulary: themes.map((t) => t.theme),
      parts: parts.map((p) => p.part),
    },
  };
}

/** Validates the single-file catalogue document an administrator serves. */
export function validateDocument(
  data: unknown,
  file: string,
  options: ValidateOptions = {},
): ValidationResult {
  const parsed = CatalogueSchema.safeParse(migrateDocument(data));
  if (!parsed.success) return { ok: false, issues: zodIssues(file, parsed.error) };
  const resources = parsed.data.resources.map((resource, i) => ({
    file: `${file} resources[${i}]`,
    resource,
  }));
  const themes = parsed.data.vocabulary.map((theme, i) => ({ file: `${file} vocabulary[${i}]`, theme }));
  const parts = parsed.data.parts.map((part, i) => ({ file: `${file} parts[${i}]`, part }));
  const issues = crossCheck(resources, themes, parts, options);
  return issues.length ? { ok: false, issues } : { ok: true, catalogue: parsed.data };
}

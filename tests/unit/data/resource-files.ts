/** Reads the catalogue's data files straight from disk, the way the build does. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Resource, ResourceSchema } from '../../../data/schema.ts';
import type { Theme } from '../../../data/vocabulary-schema.ts';

const DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

export interface DataFile {
  /** File name without .json, e.g. "bris" */
  name: string;
  data: unknown;
}

function readJsonDir(dir: string): DataFile[] {
  return readdirSync(`${DATA_DIR}${dir}`)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.slice(0, -'.json'.length),
      data: JSON.parse(readFileSync(`${DATA_DIR}${dir}/${file}`, 'utf8')) as unknown,
    }));
}

/** Every entry in data/resources, JSON or not, so stray files are noticed. */
export function listResourceDir(): string[] {
  return readdirSync(`${DATA_DIR}resources`).sort();
}

export function readResourceFiles(): DataFile[] {
  return readJsonDir('resources');
}

/** Parsed resources; throws on the first invalid file (resources.test.ts reports them one by one). */
export function readResources(): Resource[] {
  return readResourceFiles().map(({ name, data }) => {
    const parsed = ResourceSchema.safeParse(data);
    if (!parsed.success) throw new Error(`data/resources/${name}.json does not parse`);
    return parsed.data;
  });
}

/** Vocabulary situations, only the fields these tests need (the vocabulary has its own tests). */
export function readThemes(): Pick<Theme, 'id'>[] {
  return readJsonDir('vocabulary').map(({ data }) => data as Pick<Theme, 'id'>);
}

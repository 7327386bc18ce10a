/** Node-side reading of catalogue data: the data/ directory or a single-file document. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { unwrap } from '../../lib/catalogue/signature.ts';
import {
  type SourceFile,
  type ValidateOptions,
  type ValidationResult,
  validateDocument,
  validateFiles,
} from '../../lib/catalogue/validate.ts';

export const DATA_DIR = resolve(import.meta.dirname, '../../data');

/** A signed document (lib/catalogue/signature.ts) is read as the document it carries, unchecked. */
function readJson(path: string): unknown {
  try {
    const unwrapped = unwrap(readFileSync(path, 'utf8'));
    if (unwrapped.kind === 'malformed') return new Error(`signed document: ${unwrapped.detail}`);
    return JSON.parse(unwrapped.text);
  } catch (error) {
    return new Error(`cannot read or parse JSON: ${(error as Error).message}`);
  }
}

function readFolder(dir: string): SourceFile[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  return names
    .sort()
    .map((name) => ({ file: relative(process.cwd(), join(dir, name)), data: readJson(join(dir, name)) }));
}

/** Reads and validates a catalogue from a data directory (resources/ + vocabulary/) or a document file. */
export function readCatalogue(path: string = DATA_DIR, options: ValidateOptions = {}): ValidationResult {
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    return { ok: false, issues: [{ file: path, path: '(file)', message: 'no such file or directory' }] };
  }
  if (!isDir) return validateDocument(readJson(path), relative(process.cwd(), path) || path, options);
  const resources = readFolder(join(path, 'resources'));
  if (resources.length === 0)
    return {
      ok: false,
      issues: [{ file: path, path: 'resources/', message: 'no resource files (*.json) found' }],
    };
  const vocabulary = join(path, 'vocabulary');
  return validateFiles(resources, readFolder(vocabulary), options, readFolder(join(vocabulary, 'parts')));
}

/** The options every reader uses: opening-hours syntax is checked wherever lib/hours exists. */
export async function catalogueOptions(): Promise<ValidateOptions> {
  const hours = (await import('../../lib/hours/compile.ts').catch(() => null)) as {
    checkHours?: (osm: string) => string | null;
  } | null;
  return hours?.checkHours ? { checkHours: hours.checkHours } : {};
}

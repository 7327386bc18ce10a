/** The catalogue's data files straight from disk (as the build reads them). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DATA_DIR = resolve(import.meta.dirname, '../../data');

export function readJsonDir(dir: string): { name: string; data: unknown }[] {
  return readdirSync(join(DATA_DIR, dir))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => ({
      name: file.slice(0, -'.json'.length),
      data: JSON.parse(readFileSync(join(DATA_DIR, dir, file), 'utf8')) as unknown,
    }));
}

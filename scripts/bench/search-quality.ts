/** Recall sets and typing sequences for search.bench.ts. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Resource, ResourceSchema } from '../../data/schema.ts';

export type Kind = 'typo' | 'compound' | 'no-diacritics';
export interface RecallCase {
  kind: Kind;
  query: string;
  id: string;
}

/** For the generated catalogue: targets are its planted entries (gen-catalogue.ts PLANTED). */
export const SYNTHETIC_SET: RecallCase[] = [
  { kind: 'typo', query: 'kvinofridslinjen', id: 'planted-kvinnofridslinjen' },
  { kind: 'typo', query: 'kvinnofridslinjne', id: 'planted-kvinnofridslinjen' },
  { kind: 'typo', query: 'diabetesmottagnig kungsbacka', id: 'planted-diabetesmottagning-kungsbacka' },
  { kind: 'typo', query: 'manniskohandelstemet', id: 'planted-manniskohandel' },
  { kind: 'typo', query: 'sjalvskadelinejn varberg', id: 'planted-sjalvskadelinjen' },
  { kind: 'compound', query: 'fridslinjen', id: 'planted-kvinnofridslinjen' },
  { kind: 'compound', query: 'mottagningen tvaaker', id: 'planted-ungdomsmottagning-tvaaker' },
  { kind: 'compound', query: 'handelsteamet', id: 'planted-manniskohandel' },
  { kind: 'compound', query: 'skadelinjen', id: 'planted-sjalvskadelinjen' },
  { kind: 'no-diacritics', query: 'manniskohandelsteamet halmstad', id: 'planted-manniskohandel' },
  { kind: 'no-diacritics', query: 'sjalvskadelinjen', id: 'planted-sjalvskadelinjen' },
  { kind: 'no-diacritics', query: 'ostgota kvinnojour odeshog', id: 'planted-ostgota-kvinnojour' },
  { kind: 'no-diacritics', query: 'ungdomsmottagningen tvaaker', id: 'planted-ungdomsmottagning-tvaaker' },
];

/** For the shipped catalogue (ids from data/resources); cases whose id is absent are dropped. */
export const SHIPPED_SET: RecallCase[] = [
  { kind: 'typo', query: 'kvinofrid', id: 'kvinnofridslinjen' },
  { kind: 'typo', query: 'pegasuchatten', id: 'pegasuschatten' },
  { kind: 'typo', query: 'preventel', id: 'preventell' },
  { kind: 'typo', query: 'ungdomsmotagningar', id: 'ungdomsmottagningar-halland' },
  { kind: 'compound', query: 'fridslinjen', id: 'kvinnofridslinjen' },
  { kind: 'compound', query: 'mottagningar', id: 'ungdomsmottagningar-halland' },
  { kind: 'compound', query: 'chatten', id: 'pegasuschatten' },
  { kind: 'no-diacritics', query: 'manniskohandel barn', id: 'manniskohandel-barn-och-unga-utbildning' },
  { kind: 'no-diacritics', query: 'stodlinjen for man', id: 'stodlinjen-for-man' },
  { kind: 'no-diacritics', query: 'jamstalldhetsmyndigheten', id: 'nmt-stodtelefon' },
];

/** Realistic typing: every prefix of each sequence is one keystroke. */
export const TYPING = [
  'ungdomsmottagning',
  'kvinnofridslinjen',
  'manniskohandel',
  'kvinofrid',
  'stod till unga',
  'sjalvskada',
];

export function keystrokes(sequences: readonly string[]): string[] {
  return sequences.flatMap((s) => Array.from({ length: s.length }, (_, i) => s.slice(0, i + 1)));
}

/** data/resources/*.json, validated; [] while the folder is empty. */
export function loadShipped(dir = join(import.meta.dirname, '../../data/resources')): Resource[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
  return files.sort().map((f) => ResourceSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));
}

/**
 * Writes the synthetic national catalogue document (scripts/lib/national-document.ts):
 *   npx tsx scripts/national-document.ts --out /tmp/national.json [--count 10000] [--seed n] [--bare-names]
 * For tests and benchmarks only; the file is not committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { distinctHours, generateNationalDocument, type NationalDocument } from './lib/national-document.ts';
import { DATA_DIR, readCatalogue } from './lib/read-data.ts';

/** The document with the extension's own vocabulary and parts (read from data/). */
export function nationalDocument(
  options: {
    count?: number;
    seed?: number;
    bareNames?: boolean;
    version?: string;
    hoursExpressions?: number;
  } = {},
): NationalDocument {
  const data = readCatalogue(DATA_DIR);
  if (!data.ok) throw new Error(`data/ is not valid: ${data.issues[0]?.message}`);
  return generateNationalDocument({
    ...options,
    vocabulary: data.catalogue.vocabulary,
    parts: data.catalogue.parts,
  });
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = option('--out');
  if (!out) {
    console.error(
      'Usage: tsx scripts/national-document.ts --out <file> [--count n] [--seed n] [--bare-names]',
    );
    process.exit(2);
  }
  const count = option('--count');
  const seed = option('--seed');
  const doc = nationalDocument({
    ...(count ? { count: Number(count) } : {}),
    ...(seed ? { seed: Number(seed) } : {}),
    bareNames: process.argv.includes('--bare-names'),
  });
  const text = JSON.stringify(doc);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  console.log(
    `${doc.resources.length} resources, ${distinctHours(doc)} distinct opening hours, ${(text.length / 1e6).toFixed(1)} MB → ${out}`,
  );
}

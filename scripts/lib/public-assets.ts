/**
 * Files generated into the build: the validated, bundled catalogue, the manifest's _locales
 * (from locales/browser/*.json) and the managed-storage schema (from data/policy-schema.ts).
 * A catalogue that does not validate fails the build.
 */

import synonymsJson from '../../data/synonyms.json' with { type: 'json' };
import { bundleCatalogue } from '../../lib/catalogue/bundle.ts';
import { parseSynonyms } from '../../lib/catalogue/synonyms.ts';
import en from '../../locales/browser/en.json' with { type: 'json' };
import sv from '../../locales/browser/sv.json' with { type: 'json' };
import { managedSchemaFile } from './managed-schema.ts';
import { catalogueOptions, readCatalogue } from './read-data.ts';

export interface GeneratedFile {
  relativeDest: string;
  contents: string;
}

const MANIFEST_KEYS = [
  'extName',
  'extDescription',
  'commandPopup',
  'commandSidePanel',
  'commandQuickSearch',
  'commandDiscreet',
] as const;

function manifestMessages(messages: Record<(typeof MANIFEST_KEYS)[number], string>): string {
  const out: Record<string, { message: string }> = {};
  for (const key of MANIFEST_KEYS) out[key] = { message: messages[key] };
  return JSON.stringify(out, null, 2);
}

export async function generatedAssets(now: Date = new Date()): Promise<GeneratedFile[]> {
  const result = readCatalogue(undefined, await catalogueOptions());
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.file}: ${i.path}: ${i.message}`);
    throw new Error(`The catalogue in data/ is not valid:\n${lines.join('\n')}`);
  }
  return [
    {
      relativeDest: 'catalogue.json',
      contents: JSON.stringify(bundleCatalogue(result.catalogue, parseSynonyms(synonymsJson), now)),
    },
    { relativeDest: '_locales/sv/messages.json', contents: manifestMessages(sv) },
    { relativeDest: '_locales/en/messages.json', contents: manifestMessages(en) },
    managedSchemaFile(),
  ];
}

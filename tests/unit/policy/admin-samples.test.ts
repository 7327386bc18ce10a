import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { PolicySchema } from '../../../data/policy-schema.ts';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../../lib/extension/extension-id.ts';
import { parsePolicy } from '../../../lib/policy/policy.ts';
import { managedSchema } from '../../../scripts/lib/managed-schema.ts';

const DIR = join(import.meta.dirname, '../../../docs/admin');
const json = (name: string) => JSON.parse(readFileSync(join(DIR, name), 'utf8'));
const sample = json('hanvisa-policy.json') as Record<string, unknown>;
const validate = new Ajv({ strict: false }).compile(managedSchema());

const BOOLEAN_KEYS = new Set(['pageContext', 'discreetByDefault']);

/** Reads the 3rdparty policy of one browser back out of the .reg file, as Chrome would. */
function fromRegistry(text: string, root: string): Record<string, unknown> {
  const base = `[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${root}\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`;
  const policy: Record<string, unknown> = {};
  let key: string | null = null;
  let list: unknown[] | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('[')) {
      list = null;
      key = line.startsWith(`${base}]`)
        ? ''
        : line.startsWith(`${base}\\`)
          ? line.slice(base.length + 1, -1)
          : null;
      if (key) policy[key] = list = [];
      continue;
    }
    const m = /^"([^"]+)"=(?:"(.*)"|dword:([0-9a-f]{8}))$/.exec(line);
    if (key === null || !m) continue;
    const value =
      m[3] !== undefined
        ? Number.parseInt(m[3], 16)
        : (m[2] ?? '').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    if (list) list.push(value);
    // Booleans are dwords in the registry.
    else policy[m[1] ?? ''] = BOOLEAN_KEYS.has(m[1] ?? '') ? value === 1 : value;
  }
  return policy;
}

describe('docs/admin sample files', () => {
  it('the sample policy is valid, complete and free of warnings', () => {
    expect(parsePolicy(sample)).toEqual({ policy: sample, warnings: [] });
    expect(Object.keys(sample).sort()).toEqual(Object.keys(PolicySchema.shape).sort());
    expect(validate(sample)).toBe(true);
  });

  it('the Chrome/Edge Linux file force-installs this extension and carries the sample policy', () => {
    const file = json('chrome-linux-policy.json');
    expect(file.ExtensionSettings[CHROME_EXTENSION_ID].installation_mode).toBe('force_installed');
    expect(file['3rdparty'].extensions[CHROME_EXTENSION_ID]).toEqual(sample);
  });

  it('the Firefox policies.json uses the gecko id and the sample policy', () => {
    const { policies } = json('firefox-policies.json');
    expect(policies.ExtensionSettings[GECKO_ID].installation_mode).toBe('force_installed');
    expect(policies['3rdparty'].Extensions[GECKO_ID]).toEqual(sample);
  });

  it('the Windows .reg file sets the same policy for Chrome and Edge', () => {
    const text = readFileSync(join(DIR, 'windows-chrome-edge.reg'), 'utf16le').replace(/^\uFEFF/, '');
    expect(text.startsWith('Windows Registry Editor Version 5.00')).toBe(true);
    for (const root of ['Google\\Chrome', 'Microsoft\\Edge']) {
      expect(fromRegistry(text, root), root).toEqual(sample);
      expect(text).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${root}]`);
    }
  });
});

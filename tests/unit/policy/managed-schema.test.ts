import Ajv from 'ajv';
import { describe, expect, it } from 'vitest';
import { POLICY_KEYS, PolicySchema } from '../../../data/policy-schema.ts';
import { managedSchema, managedSchemaFile, policyJsonSchema } from '../../../scripts/lib/managed-schema.ts';

const CHROME_KEYWORDS = [
  'type',
  'properties',
  'items',
  'enum',
  'minimum',
  'maximum',
  'pattern',
  'description',
];

function keywordsIn(node: unknown, into = new Set<string>()): Set<string> {
  if (typeof node !== 'object' || node === null) return into;
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') for (const sub of Object.values(value as object)) keywordsIn(sub, into);
    else {
      into.add(key);
      if (key !== 'enum') keywordsIn(value, into);
    }
  }
  return into;
}

describe('managed_schema.json', () => {
  const schema = managedSchema();

  it('has exactly the policy keys, each with the type zod gives it', () => {
    const properties = schema.properties as Record<string, { type: string; items?: { type: string } }>;
    const zodProperties = policyJsonSchema().properties as Record<
      string,
      { type: string; items?: { type: string } }
    >;
    expect(Object.keys(properties).sort()).toEqual([...POLICY_KEYS].sort());
    for (const key of POLICY_KEYS) {
      expect(properties[key]?.type, key).toBe(zodProperties[key]?.type);
      expect(properties[key]?.items?.type, key).toBe(zodProperties[key]?.items?.type);
    }
    expect(schema.type).toBe('object');
  });

  it('uses only the keywords Chrome understands', () => {
    for (const keyword of keywordsIn(schema)) expect(CHROME_KEYWORDS).toContain(keyword);
  });

  it('accepts what the zod schema accepts, and rejects wrong types as zod does', () => {
    const validate = new Ajv({ strict: false }).compile(schema);
    const samples: unknown[] = [
      {},
      { homeRegion: '13', refreshMinutes: 30, pageContext: false },
      { pageContextHosts: ['journal.example.se', '*.intra.se'], hiddenResources: ['sexit'] },
      { homeRegion: 13 },
      { homeRegion: '99' },
      { refreshMinutes: 5 },
      { refreshMinutes: 30.5 },
      { pageContext: 'false' },
      { pageContextHosts: ['https://x.se'] },
      { disabledFeatures: ['nope'] },
      { ageFromPersonnummer: 'default' },
      { patientFromNote: 'off' },
      { patientFromNote: true },
      { disabledFeatures: ['patientFromNote'] },
    ];
    for (const sample of samples) {
      expect(validate(sample), JSON.stringify(sample)).toBe(PolicySchema.safeParse(sample).success);
    }
  });

  it('is written as a generated file named as the manifest says', () => {
    const file = managedSchemaFile();
    expect(file.relativeDest).toBe('managed_schema.json');
    expect(JSON.parse(file.contents)).toEqual(schema);
  });
});

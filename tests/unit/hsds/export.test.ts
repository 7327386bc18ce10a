import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { main } from '../../../scripts/catalogue.ts';
import type { CliContext } from '../../../scripts/catalogue-commands/types.ts';
import { createContext } from '../../../scripts/lib/cli-context.ts';
import { exportedResources, organizationId, serviceId, toHsds } from '../../../scripts/lib/hsds/export.ts';
import { toSchedules } from '../../../scripts/lib/hsds/schedule.ts';
import { uuidV5 } from '../../../scripts/lib/hsds/uuid.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/hsds-3.0');
const schema = (name: string) => JSON.parse(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
const validateService = ajv.compile(schema('service'));
const validateOrganization = ajv.compile(schema('organization'));

const result = readCatalogue();
if (!result.ok) throw new Error('data/ does not validate');
const catalogue = result.catalogue;

function quietContext(lines: string[]): CliContext {
  return { ...createContext(), out: (l) => lines.push(l), err: (l) => lines.push(l) };
}

describe('HSDS export', () => {
  const { organizations, services } = toHsds(catalogue);

  it('leaves out guidance, which is advice to staff and not a service', () => {
    const guidance = catalogue.resources.filter((r) => r.kind === 'guidance').map((r) => serviceId(r.id));
    expect(guidance.length).toBeGreaterThan(0);
    expect(services.filter((s) => guidance.includes(s.id as string))).toEqual([]);
  });

  it('validates every service and organization against the official compiled schemas', () => {
    expect(services).toHaveLength(exportedResources(catalogue.resources).length);
    for (const service of services)
      expect(validateService(service), JSON.stringify(validateService.errors)).toBe(true);
    for (const org of organizations)
      expect(validateOrganization(org), JSON.stringify(validateOrganization.errors)).toBe(true);
  });

  it('the schema check can fail: a service without a status or with a bad UUID is rejected', () => {
    const [first] = services;
    expect(validateService({ ...first, status: undefined })).toBe(false);
    expect(validateService({ ...first, id: 'kvinnofridslinjen' })).toBe(false);
  });

  it('derives stable v5 UUIDs from catalogue ids', () => {
    expect(serviceId('kvinnofridslinjen')).toBe(serviceId('kvinnofridslinjen'));
    expect(serviceId('kvinnofridslinjen')).not.toBe(serviceId('bris'));
    expect(serviceId('bris')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    // RFC 9562 test vector: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('exports phones, assured dates and links services to organizations', () => {
    const kvinnofrid = catalogue.resources.find((r) => r.id === 'kvinnofridslinjen');
    const service = services.find((s) => s.id === serviceId('kvinnofridslinjen'));
    expect(service?.assured_date).toBe(kvinnofrid?.verified);
    expect(service?.phones).toContainEqual(
      expect.objectContaining({ number: '020-50 50 50', type: 'voice' }),
    );
    expect(organizations.map((o) => o.id)).toContain(organizationId(kvinnofrid?.organisation ?? ''));
    expect(new Set(organizations.map((o) => o.id)).size).toBe(organizations.length);
  });
});

describe('toSchedules', () => {
  it('turns simple weekly rules into RRULE-style rows', () => {
    expect(toSchedules('Mo-Fr 15:30-16:30')).toEqual([
      {
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '15:30',
        closes_at: '16:30',
        description: 'Mo-Fr 15:30-16:30.',
      },
    ]);
    expect(toSchedules('24/7')[0]?.byday).toBe('MO,TU,WE,TH,FR,SA,SU');
  });

  it('keeps anything else as a description instead of guessing', () => {
    const rows = toSchedules('Mo-Fr 09:00-16:00; PH off', 'Stängt jul');
    expect(rows).toEqual([
      { description: 'Öppettider (OpenStreetMap-format): Mo-Fr 09:00-16:00; PH off. Stängt jul' },
    ]);
  });
});

describe('catalogue CLI: build and export', () => {
  it('build writes a document that check accepts; export writes both files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hanvisa-cli-'));
    try {
      const lines: string[] = [];
      const file = join(dir, 'catalogue.json');
      expect(await main(['build', '--out', file, '--version', '2026-11-28.1'], quietContext(lines))).toBe(0);
      expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe('2026-11-28.1');
      expect(await main(['check', '--catalogue', file], quietContext(lines))).toBe(0);
      expect(
        await main(
          ['export', '--format', 'hsds', '--out', join(dir, 'hsds'), '--catalogue', file],
          quietContext(lines),
        ),
      ).toBe(0);
      const exported = JSON.parse(readFileSync(join(dir, 'hsds', 'services.json'), 'utf8'));
      expect(exported).toHaveLength(exportedResources(catalogue.resources).length);
      expect(await main(['export', '--format', 'csv', '--out', dir], quietContext(lines))).toBe(2);
      expect(await main(['build'], quietContext(lines))).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

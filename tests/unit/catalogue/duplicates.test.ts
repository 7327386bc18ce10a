/**
 * A national catalogue has the same service name in many towns, run by different organisations:
 * valid. One service entered twice (the same id, or the same name, organisation and coverage) is
 * not, and the message names both entries.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../data/catalogue-schema.ts';
import type { Resource } from '../../../data/schema.ts';
import { validateDocument } from '../../../lib/catalogue/validate.ts';
import { main } from '../../../scripts/catalogue.ts';
import { readCatalogue } from '../../../scripts/lib/read-data.ts';
import { capture } from './cli-helpers.ts';

const base = readCatalogue();
if (!base.ok) throw new Error('data/ does not validate');
const catalogue: Catalogue = base.catalogue;
const template = catalogue.resources.find((r) => r.kind !== 'guidance') as Resource;

function clinic(id: string, organisation: string, coverage: Resource['coverage']): Resource {
  return { ...template, id, name: 'Ungdomsmottagningen', organisation, coverage };
}

const withClinics = (...clinics: Resource[]): Catalogue => ({
  ...catalogue,
  resources: [...catalogue.resources, ...clinics],
});

describe('duplicates in a catalogue document', () => {
  it('accepts the same name in different towns and organisations', () => {
    const result = validateDocument(
      withClinics(
        clinic('um-halmstad', 'Region Halland', {
          scope: 'regions',
          regions: ['13'],
          municipalities: ['Halmstad'],
        }),
        clinic('um-varberg', 'Region Halland', {
          scope: 'regions',
          regions: ['13'],
          municipalities: ['Varberg'],
        }),
        clinic('um-goteborg', 'Göteborgs Stad', { scope: 'regions', regions: ['14'] }),
        clinic('um-boras', 'Borås Stad', { scope: 'regions', regions: ['14'] }),
      ),
      'national.json',
    );
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('rejects the same name, organisation and coverage and names both entries', () => {
    const coverage: Resource['coverage'] = {
      scope: 'regions',
      regions: ['13'],
      municipalities: ['Halmstad'],
    };
    const result = validateDocument(
      withClinics(
        clinic('um-halmstad', 'Region Halland', coverage),
        // Case, spacing and list order do not make it another service.
        {
          ...clinic('um-halmstad-2', 'region  halland', { ...coverage, municipalities: ['halmstad'] }),
          name: 'UNGDOMSMOTTAGNINGEN',
        },
      ),
      'national.json',
    );
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(issues).toHaveLength(1);
    const n = catalogue.resources.length;
    expect(issues[0]).toMatchObject({ file: `national.json resources[${n + 1}]`, path: 'name' });
    expect(issues[0]?.message).toContain(`national.json resources[${n}]`);
    expect(issues[0]?.message).toContain('"um-halmstad"');
  });

  it('rejects the same id even with everything else different', () => {
    const result = validateDocument(
      withClinics(
        clinic('um-halmstad', 'Region Halland', 'unknown'),
        clinic('um-halmstad', 'Göteborgs Stad', { scope: 'national' }),
      ),
      'national.json',
    );
    expect(result.ok ? [] : result.issues.map((i) => i.message)).toEqual([
      `duplicate id "um-halmstad" (also in national.json resources[${catalogue.resources.length}])`,
    ]);
  });

  it('check prints both entries and exits 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hanvisa-dup-'));
    try {
      const file = join(dir, 'national.json');
      const twice = clinic('um-kungsbacka', 'Kungsbacka kommun', { scope: 'regions', regions: ['13'] });
      writeFileSync(file, JSON.stringify(withClinics(twice, { ...twice, id: 'um-kungsbacka-2' })));
      const ctx = capture();
      expect(await main(['check', '--catalogue', file], ctx)).toBe(1);
      const line = ctx.stderr.find((l) => l.includes('duplicate of')) ?? '';
      expect(line).toMatch(/resources\[\d+\]: name: duplicate of .*resources\[\d+\] \("um-kungsbacka"\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ResourceSchema } from '../../../data/schema.ts';
import { validateDocument } from '../../../lib/catalogue/validate.ts';

const FIXTURES = new URL('../../fixtures/catalogue-v1/', import.meta.url);
const read = (name: string): unknown => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));

describe('old catalogue data keeps loading', () => {
  it('parses a resource written before source kinds, notes on unknowns and site ages', () => {
    const old = read('resource.json') as Record<string, unknown>;
    const parsed = ResourceSchema.safeParse(old);
    expect(parsed.success && parsed.data).toEqual({ ...old, keywords: [] });
  });

  it('validates an old catalogue document without parts, and leaves its facts as they were', () => {
    const result = validateDocument(read('document.json'), 'document.json');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.catalogue.parts).toEqual([]);
    const [line, report] = result.catalogue.resources;
    expect(line?.sources).toEqual([{ url: 'https://example.se/gammal-linje', label: 'Testkälla' }]);
    expect(line?.channels[0]).toMatchObject({ number: '020-50 50 50', hours: { osm: 'Mo-Fr 09:00-16:00' } });
    expect(report?.cost).toBe('unknown');
  });
});

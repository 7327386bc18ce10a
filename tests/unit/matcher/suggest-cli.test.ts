import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../data/catalogue-schema.ts';
import type { Resource } from '../../../data/schema.ts';
import { command } from '../../../scripts/catalogue-commands/suggest.ts';
import type { CliContext } from '../../../scripts/catalogue-commands/types.ts';
import { catalogueOptions, readCatalogue } from '../../../scripts/lib/read-data.ts';
import { loadVocabulary } from './load-themes.ts';

function resource(
  id: string,
  name: string,
  age: Resource['eligibility']['age'],
  serves: Resource['serves'],
): Resource {
  return {
    kind: 'chat',
    id,
    name,
    organisation: 'Test',
    purpose: 'A resource used only in tests.',
    audience: ['patient'],
    eligibility: { age, gender: 'unknown', hbtqi: 'unknown' },
    channels: [],
    anonymity: 'unknown',
    cost: 'unknown',
    languages: 'unknown',
    coverage: { scope: 'national' },
    serves,
    aliases: [name],
    keywords: [],
    sources: [{ url: 'https://example.org/', label: 'test' }],
    verified: '2026-01-01',
  };
}

function fakeContext(stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const paths: (string | undefined)[] = [];
  const { themes, parts } = loadVocabulary();
  const catalogue: Catalogue = {
    format: 'hanvisa-catalogue/1',
    version: 'test',
    vocabulary: [...themes],
    parts: [...parts],
    resources: [
      resource(
        'pegasuschatten',
        'Pegasuschatten',
        { min: 15, max: 25 },
        { 'sex-mot-ersattning': 0.7, hbtqi: 0.5 },
      ),
      resource('kvinnofridslinjen', 'Kvinnofridslinjen', 'none', { 'sex-mot-ersattning': 0.5 }),
    ],
  };
  const ctx: CliContext = {
    loadCatalogue: async (path) => {
      paths.push(path);
      return catalogue;
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readStdin: async () => stdin,
  };
  return { ctx, out, err, paths };
}

describe('catalogue suggest', () => {
  it('prints situations, named resources, patient values and suggestions as JSON from stdin', async () => {
    const { ctx, out } = fakeContext('Kvinna, 19 år. Har haft sex mot ersättning. Hbtq-person.');
    expect(await command.run(['-', '--json'], ctx)).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result.themes.map((t: { theme: string }) => t.theme)).toEqual(['sex-mot-ersattning', 'hbtqi']);
    expect(result.named).toEqual([]);
    expect(result.patient).toMatchObject({ age: 19, gender: 'woman' });
    expect(result.suggestions[0]).toMatchObject({ id: 'pegasuschatten', name: 'Pegasuschatten' });
    expect(result.suggestions[0].reasons).toEqual(
      expect.arrayContaining(['sidan nämner: sex mot ersättning', 'sidan nämner: hbtqi']),
    );
    expect(typeof result.suggestions[0].score).toBe('number');
  });

  it('puts a resource the text names first', async () => {
    const { ctx, out } = fakeContext('Har haft sex mot ersättning. Hänvisad till Kvinnofridslinjen.');
    expect(await command.run(['-', '--json'], ctx)).toBe(0);
    const result = JSON.parse(out.join('\n'));
    expect(result.named).toEqual([{ id: 'kvinnofridslinjen', count: 1, negated: 0 }]);
    expect(result.suggestions[0]).toMatchObject({ id: 'kvinnofridslinjen' });
  });

  it('reads a file, applies --age and passes --catalogue on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'suggest-'));
    const file = join(dir, 'note.txt');
    writeFileSync(file, 'Sex mot ersättning.');
    const { ctx, out, paths } = fakeContext();
    expect(await command.run([file, '--age', '40', '--catalogue', 'x.json'], ctx)).toBe(0);
    expect(paths).toEqual(['x.json']);
    expect(out.join('\n')).toContain('Kvinnofridslinjen');
    expect(out.join('\n')).not.toContain('Pegasus');
  });

  it('fails with usage on bad arguments and with 1 on a missing file', async () => {
    const bad = fakeContext();
    expect(await command.run([], bad.ctx)).toBe(2);
    expect(await command.run(['-', '--age', 'old'], bad.ctx)).toBe(2);
    expect(bad.err[0]).toContain('Usage');
    const missing = fakeContext();
    expect(await command.run(['/nonexistent/note.txt'], missing.ctx)).toBe(1);
    expect(missing.err[0]).toContain('Cannot read');
  });

  it('says so when nothing is found', async () => {
    const { ctx, out } = fakeContext('Stukad fotled.');
    expect(await command.run(['-'], ctx)).toBe(0);
    expect(out).toEqual(['Inga situationer hittades i texten.', 'Patienten: inget känt', 'Inga förslag.']);
  });

  it('prints the guidance the side panel shows, and the factor learnt from similar cases', async () => {
    const read = readCatalogue(undefined, await catalogueOptions());
    if (!read.ok) throw new Error('data/ does not validate');
    const { ctx, out } = fakeContext('Flicka 15 år. Pojkvännen slår henne och har tagit hennes pass.');
    ctx.loadCatalogue = async () => read.catalogue;
    expect(await command.run(['-', '--json'], ctx)).toBe(0);
    const result = JSON.parse(out.join('\n'));
    const guidance = result.guidance.map((g: { id: string; duty: boolean }) => [g.id, g.duty]);
    expect(guidance).toContainEqual(['vagledning-anmala-oro-for-barn', true]);
    expect(guidance).toContainEqual(['vagledning-fraga-om-vald', false]);
    expect(
      result.suggestions.some((s: { parts: { learned?: number } }) => s.parts.learned !== undefined),
    ).toBe(true);
    const text = fakeContext('Flicka 15 år. Pojkvännen slår henne och har tagit hennes pass.');
    text.ctx.loadCatalogue = async () => read.catalogue;
    expect(await command.run(['-'], text.ctx)).toBe(0);
    expect(text.out.join('\n')).toMatch(/anmälningsplikt: Anmäla oro för barn/);
    expect(text.out.join('\n')).toMatch(/valt i liknande fall/);
  });
});

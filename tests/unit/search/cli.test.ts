import { describe, expect, it } from 'vitest';
import type { Catalogue } from '../../../data/catalogue-schema.ts';
import { command } from '../../../scripts/catalogue-commands/search.ts';
import type { CliContext } from '../../../scripts/catalogue-commands/types.ts';
import { FIXTURES } from './fixtures.ts';

function context() {
  const out: string[] = [];
  const err: string[] = [];
  const paths: (string | undefined)[] = [];
  const catalogue: Catalogue = {
    format: 'hanvisa-catalogue/1',
    version: 't',
    resources: FIXTURES,
    vocabulary: [],
    parts: [],
  };
  const ctx: CliContext = {
    loadCatalogue: async (path?: string) => {
      paths.push(path);
      return catalogue;
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readStdin: async () => '',
  };
  return { ctx, out, err, paths };
}

describe('catalogue search command', () => {
  it('prints ranked lines', async () => {
    const { ctx, out } = context();
    expect(await command.run(['kvinofrid'], ctx)).toBe(0);
    expect(out[0]).toMatch(/^1\. Kvinnofridslinjen \(kvinnofridslinjen\) \d+$/);
  });

  it('prints JSON with id, name, score and field, and passes --catalogue on', async () => {
    const { ctx, out, paths } = context();
    expect(await command.run(['--json', 'mottagning', '--catalogue', 'x.json'], ctx)).toBe(0);
    const rows = JSON.parse(out.join('\n')) as { id: string; name: string; score: number; field: string }[];
    expect(rows[0]).toMatchObject({
      id: 'ungdomsmottagningar-halland',
      name: 'Ungdomsmottagningar i Halland',
      field: 'name',
    });
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
    expect(paths).toEqual(['x.json']);
  });

  it('says "No results" and exits 0 when nothing matches', async () => {
    const { ctx, out } = context();
    expect(await command.run(['xylofon'], ctx)).toBe(0);
    expect(out).toEqual(['No results']);
    const json = context();
    expect(await command.run(['xylofon', '--json'], json.ctx)).toBe(0);
    expect(JSON.parse(json.out.join(''))).toEqual([]);
  });

  it.each([
    [[]],
    [['--json']],
    [['q', '--catalogue']],
    [['q', '--bogus']],
    [['q', '--limit', '0']],
    [['   ']],
  ])('exits 2 with usage for %j', async (args) => {
    const { ctx, err, paths } = context();
    expect(await command.run(args, ctx)).toBe(2);
    expect(err.join('\n')).toContain('usage: search');
    expect(paths).toEqual([]);
  });
});

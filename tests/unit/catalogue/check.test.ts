import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../data/themes.ts';
import { main } from '../../../scripts/catalogue.ts';
import type { CliContext } from '../../../scripts/catalogue-commands/types.ts';
import { createContext } from '../../../scripts/lib/cli-context.ts';
import { DATA_DIR } from '../../../scripts/lib/read-data.ts';

function capture(): CliContext & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { ...createContext(), stdout, stderr, out: (l) => stdout.push(l), err: (l) => stderr.push(l) };
}

/** A copy of data/ that a test may break. */
let copy: string;
beforeEach(() => {
  copy = mkdtempSync(join(tmpdir(), 'hanvisa-check-'));
  cpSync(join(DATA_DIR, 'resources'), join(copy, 'resources'), { recursive: true });
  cpSync(join(DATA_DIR, 'vocabulary'), join(copy, 'vocabulary'), { recursive: true });
});
afterEach(() => rmSync(copy, { recursive: true, force: true }));

/** A situation of the copy (not sexkop, which the test removes) that combines parts, and its first part. */
function firstCombo(): [string, string] {
  for (const id of THEME_IDS.filter((t) => t !== 'sexkop')) {
    const theme = JSON.parse(readFileSync(join(copy, `vocabulary/${id}.json`), 'utf8')) as {
      combos?: { parts: string[] }[];
    };
    const part = theme.combos?.[0]?.parts[0];
    if (part !== undefined) return [id, part];
  }
  throw new Error('no situation combines parts');
}

function edit(file: string, change: (json: Record<string, unknown>) => void): void {
  const path = join(copy, file);
  const json = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(json);
  writeFileSync(path, JSON.stringify(json));
}

describe('npm run catalogue -- check', () => {
  it('passes on the shipped data', async () => {
    const ctx = capture();
    expect(await main(['check'], ctx)).toBe(0);
    expect(ctx.stdout.join('\n')).toMatch(
      new RegExp(`✓ Catalogue .*: \\d+ resources, ${THEME_IDS.length} situations, \\d+ parts, all valid`),
    );
  });

  it('names the file and the field of a bad phone number, and says what to write', async () => {
    edit('resources/kvinnofridslinjen.json', (r) => {
      (r.channels as { number?: string }[])[0] = { ...(r.channels as object[])[0], number: '0205050 50x' };
    });
    const ctx = capture();
    expect(await main(['check', '--catalogue', copy], ctx)).toBe(1);
    const line = ctx.stderr.find((l) => l.includes('kvinnofridslinjen.json'));
    expect(line).toMatch(/resources[\\/]kvinnofridslinjen\.json: channels\[0\]\.number: /);
    expect(line).toContain('020-50 50 50');
    expect(ctx.stderr.at(-1)).toMatch(/✗ \d+ problems? found/);
  });

  it('reports a broken JSON file, an id that is not the file name, and dangling situations and parts', async () => {
    writeFileSync(join(copy, 'resources/bris.json'), '{ "id": "bris", ');
    edit('resources/umo.json', (r) => {
      r.id = 'umo-2';
    });
    // A situation without its file, and a combination's part without its file.
    rmSync(join(copy, 'vocabulary/sexkop.json'));
    const [situation, part] = firstCombo();
    rmSync(join(copy, `vocabulary/parts/${part}.json`));
    const ctx = capture();
    expect(await main(['check', '--catalogue', copy], ctx)).toBe(1);
    const text = ctx.stderr.join('\n');
    expect(text).toMatch(/bris\.json: \(file\): cannot read or parse JSON/);
    expect(text).toMatch(/umo\.json: id: id "umo-2" must equal the file name "umo"/);
    expect(text).toMatch(/resources[\\/][a-z0-9-]+\.json: serves\.sexkop: no situation "sexkop"/);
    expect(text).toMatch(
      new RegExp(
        `vocabulary[\\\\/]${situation}\\.json: combos\\[\\d+\\]\\.parts\\[\\d+\\]: no part "${part}"`,
      ),
    );
  });

  it('checks opening hours with the opening_hours engine', async () => {
    edit('resources/kvinnofridslinjen.json', (r) => {
      (r.channels as { hours?: unknown }[])[0] = {
        ...(r.channels as object[])[0],
        hours: { osm: 'Mo-Fr 25:00-99:00' },
      };
    });
    const ctx = capture();
    expect(await main(['check', '--catalogue', copy], ctx)).toBe(1);
    expect(ctx.stderr.join('\n')).toMatch(/kvinnofridslinjen\.json: channels\[0\]\.hours\.osm: /);
  });

  it('checks a single-file catalogue document, naming the resource index', async () => {
    const built = capture();
    const out = join(copy, 'catalogue.json');
    expect(await main(['build', '--out', out], built)).toBe(0);
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { resources: { purpose: string }[] };
    const first = doc.resources[0];
    if (!first) throw new Error('empty catalogue');
    first.purpose = 'kort';
    writeFileSync(out, JSON.stringify(doc));
    const ctx = capture();
    expect(await main(['check', '--catalogue', out], ctx)).toBe(1);
    expect(ctx.stderr.join('\n')).toMatch(/catalogue\.json: resources\[0\]\.purpose: /);
  });

  it('fails clearly on a missing path and on unknown arguments', async () => {
    const missing = capture();
    expect(await main(['check', '--catalogue', join(copy, 'nope')], missing)).toBe(1);
    expect(missing.stderr.join('\n')).toContain('no such file or directory');
    const usage = capture();
    expect(await main(['check', 'extra'], usage)).toBe(2);
    expect(await main(['no-such-command'], usage)).toBe(2);
    expect(usage.stderr.join('\n')).toContain('Unknown command "no-such-command"');
  });
});

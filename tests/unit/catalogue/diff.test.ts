import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/catalogue.ts';
import type { CatalogueDiff } from '../../../scripts/lib/catalogue-diff.ts';
import { capture, copyData, type DataCopy } from './cli-helpers.ts';

const OLD_DOCUMENT = new URL('../../fixtures/catalogue-v1/document.json', import.meta.url).pathname;
type Json = Record<string, unknown>;

let copy: DataCopy;
beforeEach(() => {
  copy = copyData('hanvisa-diff-');
});
afterEach(() => copy.remove());

async function diff(oldPath: string, newPath: string): Promise<CatalogueDiff> {
  const ctx = capture();
  expect(await main(['diff', oldPath, newPath, '--json'], ctx)).toBe(0);
  return JSON.parse(ctx.stdout.join('\n')) as CatalogueDiff;
}

describe('npm run catalogue -- diff', () => {
  it('finds no differences between the data folder and the document built from it', async () => {
    const built = join(copy.dir, 'catalogue.json');
    expect(await main(['build', '--out', built, '--version', '2026-12-06.1'], capture())).toBe(0);
    const ctx = capture();
    expect(await main(['diff', copy.dir, built], ctx)).toBe(0);
    expect(ctx.stdout[0]).toMatch(
      /^Catalogue diff: data-\S+ \(\d+ resources\) → 2026-12-06\.1 \(\d+ resources\)$/,
    );
    expect(ctx.stdout[1]).toBe('No differences in resources or vocabulary.');
  });

  it('lists added and removed resources and every changed field, changed numbers first', async () => {
    const before = join(copy.dir, 'before.json');
    expect(await main(['build', '--out', before, '--catalogue', copy.dir], capture())).toBe(0);
    copy.edit('resources/bris.json', (r) => {
      r.name = 'Bris – Barnens rätt i samhället';
    });
    copy.edit('resources/kvinnofridslinjen.json', (r) => {
      const channels = r.channels as Json[];
      r.channels = [
        { type: 'sms', number: 'unknown', hours: 'unknown' },
        { ...channels[0], number: '020-50 50 51' },
        ...channels.slice(1),
      ];
    });
    const result = await diff(before, copy.dir);
    expect(result.changed.map((r) => [r.id, r.numbersChanged])).toEqual([
      ['kvinnofridslinjen', true],
      ['bris', false],
    ]);
    // The sms channel put first does not make the phone and web channels look changed.
    expect(result.changed[0]?.changes).toEqual([
      { path: 'channels[phone].number', old: '020-50 50 50', new: '020-50 50 51' },
      { path: 'channels[sms]', new: { type: 'sms', number: 'unknown', hours: 'unknown' } },
    ]);
    expect(result.changed[1]?.changes).toEqual([
      { path: 'name', old: 'Bris', new: 'Bris – Barnens rätt i samhället' },
    ]);
    expect(result.added).toEqual([]);
    const text = capture();
    expect(await main(['diff', before, copy.dir], text)).toBe(0);
    expect(text.stdout).toContain('      channels[phone].number: "020-50 50 50" → "020-50 50 51"');
    expect(text.stdout.findIndex((l) => l.includes('kvinnofridslinjen'))).toBeLessThan(
      text.stdout.findIndex((l) => l.includes('~ bris')),
    );
  });

  it('compares an old-format document with the shipped data: resources added and removed', async () => {
    const result = await diff(OLD_DOCUMENT, copy.dir);
    expect(result.old).toEqual({ version: '2025-06-01.1', resources: 2 });
    expect(result.removed.map((r) => r.id)).toEqual(['gammal-linje', 'gammal-rapport']);
    expect(result.added.find((r) => r.id === 'kvinnofridslinjen')?.numbers).toEqual(['020-50 50 50']);
    expect(result.vocabulary.added.length).toBeGreaterThan(0);
  });

  it('shows a changed opening time and a changed source kind field by field', async () => {
    const doc = JSON.parse(readFileSync(OLD_DOCUMENT, 'utf8')) as { resources: Json[] };
    const line = doc.resources[0] as Json;
    (line.channels as Json[])[0] = {
      type: 'phone',
      number: '020-50 50 50',
      hours: { osm: 'Mo-Fr 08:00-16:00' },
    };
    (line.sources as Json[])[0] = { ...(line.sources as Json[])[0], kind: 'organisation' };
    const changed = join(copy.dir, 'changed.json');
    writeFileSync(changed, JSON.stringify(doc));
    const result = await diff(OLD_DOCUMENT, changed);
    expect(result.changed[0]?.changes).toEqual([
      { path: 'channels[phone].hours.note', old: 'Vardagar' },
      { path: 'channels[phone].hours.osm', old: 'Mo-Fr 09:00-16:00', new: 'Mo-Fr 08:00-16:00' },
      { path: 'sources[https://example.se/gammal-linje].kind', new: 'organisation' },
    ]);
  });

  it('fails clearly on a missing or broken catalogue and on wrong arguments', async () => {
    const missing = capture();
    expect(await main(['diff', join(copy.dir, 'nope.json'), copy.dir], missing)).toBe(1);
    expect(missing.stderr.join('\n')).toMatch(
      /The old catalogue \(.+nope\.json\) cannot be read:\n.*no such file or directory/,
    );
    copy.edit('resources/bris.json', (r) => {
      (r.channels as Json[])[0] = { ...(r.channels as Json[])[0], number: '116111x' };
    });
    const broken = capture();
    expect(await main(['diff', OLD_DOCUMENT, copy.dir], broken)).toBe(1);
    expect(broken.stderr.join('\n')).toMatch(
      /The new catalogue .* cannot be read:\n.*bris\.json: channels\[0\]\.number: /,
    );
    for (const args of [[OLD_DOCUMENT], [OLD_DOCUMENT, copy.dir, copy.dir], [OLD_DOCUMENT, '--catalogue']]) {
      const usage = capture();
      expect(await main(['diff', ...args], usage)).toBe(2);
      expect(usage.stderr[0]).toBe('Usage: npm run catalogue -- diff <old> <new> [--json]');
    }
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../../scripts/catalogue.ts';
import type { ReviewReport } from '../../../scripts/lib/review/findings.ts';
import { capture, copyData, type DataCopy } from './cli-helpers.ts';

const TODAY = '2026-12-06';
let copy: DataCopy;
beforeEach(() => {
  copy = copyData('hanvisa-review-');
});
afterEach(() => copy.remove());

async function review(...args: string[]): Promise<ReviewReport> {
  const ctx = capture();
  const today = args.includes('--today') ? [] : ['--today', TODAY];
  expect(await main(['review', '--json', ...today, ...args], ctx)).toBe(0);
  return JSON.parse(ctx.stdout.join('\n')) as ReviewReport;
}

describe('npm run catalogue -- review', () => {
  it('puts helplines without a number first, and says why for each finding', async () => {
    const report = await review();
    const first = report.resources[0];
    expect(first?.findings[0]).toMatchObject({ code: 'no-number', severity: 'high', path: 'channels' });
    const scores = report.resources.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    const preventell = report.resources.find((r) => r.id === 'preventell');
    expect(preventell?.findings.map((f) => `${f.path}: ${f.message}`)).toEqual(
      expect.arrayContaining([
        'channels: a helpline without a known phone number',
        'channels[0].hours.source: from a secondary source, dated about 2014: Expressen (cirka 2014)',
      ]),
    );
  });

  it('leaves out resources with nothing to recheck', async () => {
    const report = await review();
    expect(report.total).toBeGreaterThan(report.resources.length);
    expect(report.resources.map((r) => r.id)).not.toContain('sos-112');
  });

  it('flags a verification more than a year old and hours computed from an old source', async () => {
    const report = await review('--catalogue', copy.dir);
    expect(report.resources.some((r) => r.findings.some((f) => f.code === 'stale'))).toBe(false);
    const later = await review('--catalogue', copy.dir, '--today', '2028-01-10');
    expect(later.resources.find((r) => r.id === 'sos-112')?.findings.map((f) => f.code)).toEqual(['stale']);
    const bris = later.resources.find((r) => r.id === 'bris');
    expect(bris?.findings.map((f) => f.code)).toContain('hours-from-old-source');
  });

  it('prints a readable list', async () => {
    const ctx = capture();
    expect(await main(['review', '--today', TODAY], ctx)).toBe(0);
    expect(ctx.stdout[0]).toMatch(
      /^Review of catalogue data-\S+ on 2026-12-06: \d+ of \d+ resources to recheck\.$/,
    );
    expect(ctx.stdout).toContain('   high   channels: a helpline without a known phone number');
  });

  it('writes one self-contained HTML page with the source links, escaping catalogue text', async () => {
    copy.edit('resources/preventell.json', (r) => {
      (r.sources as { label: string }[])[0] = {
        ...(r.sources as { label: string }[])[0],
        label: '<script>alert("x")</script> & co',
      } as { label: string };
    });
    const file = join(copy.dir, 'out', 'review.html');
    const ctx = capture();
    expect(await main(['review', '--html', file, '--today', TODAY, '--catalogue', copy.dir], ctx)).toBe(0);
    expect(ctx.stdout[0]).toMatch(/^✓ Review of \d+ resources → /);
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src=/i);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(html).toContain(
      'href="https://www.nck.uu.se/nyhetsarkiv/nyhetsvisningssida/?tarContentId=1085352&amp;languageId=3',
    );
    expect(html).toContain('<section id="preventell">');
  });

  it('fails clearly on a broken catalogue and on wrong arguments', async () => {
    copy.edit('resources/kvinnofridslinjen.json', (r) => {
      r.sources = [];
    });
    const broken = capture();
    expect(await main(['review', '--catalogue', copy.dir], broken)).toBe(1);
    expect(broken.stderr[0]).toMatch(/^The reviewed catalogue \(.+\) cannot be read:$/);
    expect(broken.stderr.join('\n')).toMatch(
      /kvinnofridslinjen\.json: sources: every resource needs at least one source/,
    );
    for (const args of [['--today', '6/12'], ['--html'], ['extra']]) {
      const usage = capture();
      expect(await main(['review', ...args], usage), args.join(' ')).toBe(2);
      expect(usage.stderr[0]).toMatch(/^Usage: npm run catalogue -- review /);
    }
  });
});

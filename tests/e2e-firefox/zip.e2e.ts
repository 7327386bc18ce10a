/**
 * `npm run zip`: the store packages for Chrome/Edge and Firefox and the Firefox source package
 * (which reviewers at addons.mozilla.org rebuild from) hold no keys, secrets or local files.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
/** Never in any package: keys, env files, dependencies, build output, bench results, scratch files. */
const FORBIDDEN = [
  /\.pem$/,
  /\.key$/,
  /(^|\/)\.env/,
  /(^|\/)node_modules\//,
  /(^|\/)\.output[^/]*\//,
  /^bench\//,
  /(^|\/)\.git\//,
  /(^|\/)\.wxt\//,
  /\.tmp\./,
];

function listZip(file: string): string[] {
  const script = 'import sys, zipfile; print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))';
  return execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }).split('\n').filter(Boolean);
}

describe('npm run zip', () => {
  let out: string;
  let zips: string[];
  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'hanvisa-zip-'));
    const env = { ...process.env, HANVISA_OUT_DIR: out, FORCE_COLOR: '0' };
    for (const args of [
      ['wxt', 'zip'],
      ['wxt', 'zip', '-b', 'firefox'],
    ])
      execFileSync('npx', args, { cwd: ROOT, env, stdio: 'pipe' });
    zips = readdirSync(out).filter((f) => f.endsWith('.zip'));
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('makes the Chrome/Edge package, the Firefox package and the Firefox sources', () => {
    expect(zips.some((f) => f.endsWith('-chrome.zip'))).toBe(true);
    expect(zips.some((f) => f.endsWith('-firefox.zip'))).toBe(true);
    expect(zips.some((f) => f.endsWith('-sources.zip'))).toBe(true);
  });

  it('puts the manifest at the root of each store package', () => {
    for (const zip of zips.filter((f) => !f.endsWith('-sources.zip')))
      expect(listZip(join(out, zip))).toContain('manifest.json');
  });

  it('leaves keys, env files, dependencies and local output out of every package', () => {
    for (const zip of zips) {
      const bad = listZip(join(out, zip)).filter((name) => FORBIDDEN.some((re) => re.test(name)));
      expect({ zip, bad }).toEqual({ zip, bad: [] });
    }
  });

  it('gives reviewers what they need to rebuild: package.json, the lock file and the sources', () => {
    const sources = zips.find((f) => f.endsWith('-sources.zip'));
    const names = listZip(join(out, sources ?? 'missing'));
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts']));
    expect(names.some((n) => n.startsWith('entrypoints/'))).toBe(true);
  });
});

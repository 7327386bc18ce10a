/**
 * The built extension for the manifest tests: the folder the other tests use (HANVISA_OUT_DIR or
 * .output) when it holds a build, otherwise a fresh build into a temporary folder — never a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export type Target = 'chrome-mv3' | 'firefox-mv2';

let tempOut: string | undefined;

export function builtDir(target: Target): string {
  const out = resolve(ROOT, process.env.HANVISA_OUT_DIR ?? '.output');
  if (existsSync(join(out, target, 'manifest.json'))) return join(out, target);
  tempOut ??= mkdtempSync(join(tmpdir(), 'hanvisa-sec-build-'));
  const dir = join(tempOut, target);
  if (!existsSync(join(dir, 'manifest.json'))) {
    const args = ['wxt', 'build', ...(target === 'firefox-mv2' ? ['-b', 'firefox'] : [])];
    execFileSync('npx', args, {
      cwd: ROOT,
      env: { ...process.env, HANVISA_OUT_DIR: tempOut },
      stdio: 'pipe',
      timeout: 180_000,
    });
  }
  return dir;
}

export interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  externally_connectable?: unknown;
  web_accessible_resources?: unknown[];
  [key: string]: unknown;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

export function filesOf(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesOf(path, ext));
    else if (ext.test(entry.name)) out.push(path);
  }
  return out;
}

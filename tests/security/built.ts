/**
 * The built extension for the manifest tests: the folder the other tests use (HANVISA_OUT_DIR or
 * .output) when it holds a build, otherwise a fresh build into a temporary folder — never a skip.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** The browser of a build; Firefox may be built as MV3 or MV2 (the folder says which). */
export type Target = 'chrome' | 'firefox';
const FOLDERS: Record<Target, string[]> = { chrome: ['chrome-mv3'], firefox: ['firefox-mv3', 'firefox-mv2'] };

function existing(out: string, target: Target): string | undefined {
  return FOLDERS[target].map((f) => join(out, f)).find((d) => existsSync(join(d, 'manifest.json')));
}

let tempOut: string | undefined;

export function builtDir(target: Target): string {
  const found = existing(resolve(ROOT, process.env.HANVISA_OUT_DIR || '.output'), target);
  if (found) return found;
  tempOut ??= mkdtempSync(join(tmpdir(), 'hanvisa-sec-build-'));
  const built = existing(tempOut, target);
  if (built) return built;
  execFileSync('npx', ['wxt', 'build', ...(target === 'firefox' ? ['-b', 'firefox'] : [])], {
    cwd: ROOT,
    env: { ...process.env, HANVISA_OUT_DIR: tempOut },
    stdio: 'pipe',
    timeout: 180_000,
  });
  const dir = existing(tempOut, target);
  if (!dir) throw new Error(`wxt build for ${target} wrote no manifest in ${tempOut}`);
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

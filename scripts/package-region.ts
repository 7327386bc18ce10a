/**
 * `npm run package:region -- --hosts <list> --key <pem> --url <https address of the folder>`
 *
 * Builds a region's own Chrome/Edge package: the extension with the region's journal hosts as
 * required host access (so the page context starts there without a click once the policy enables
 * them), signed with the region's key, plus the update manifest and a policy file to start from.
 * docs/ADMIN.md explains when a region wants this instead of the store build.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isAllowedCatalogueUrl } from '../data/policy-schema.ts';
import { parseHostAccess, splitHostList } from '../lib/policy/host-access.ts';
import { findChromium } from './lib/chromium.ts';
import { packCrx, readSigningKey, updateManifest } from './lib/crx.ts';

const ROOT = resolve(import.meta.dirname, '..');

export interface RegionOptions {
  /** host list as an administrator writes it: "journal.example.se, *.intranet.example.se" */
  hosts: string;
  /** PEM private key; keep it: it decides the extension id */
  key: string;
  /** https address of the folder the files are served from (http only for 127.0.0.1/localhost) */
  url: string;
  out: string;
}

export interface RegionPackage {
  id: string;
  version: string;
  patterns: string[];
  crx: string;
  updates: string;
  policy: string;
  /** the unpacked build the CRX was packed from */
  build: string;
}

export class RegionPackageError extends Error {}

export function packageRegion(options: RegionOptions): RegionPackage {
  const access = parseHostAccess(splitHostList(options.hosts));
  if (!access.ok) throw new RegionPackageError(`--hosts is not valid:\n  ${access.errors.join('\n  ')}`);
  const base = options.url.endsWith('/') ? options.url : `${options.url}/`;
  if (!isAllowedCatalogueUrl(base))
    throw new RegionPackageError(
      '--url must be an https:// address (http:// only for 127.0.0.1 or localhost)',
    );
  const chromium = findChromium();
  if (!chromium)
    throw new RegionPackageError(
      'Chromium packs the CRX and was not found: apt-get install chromium, or set CHROME_PATH',
    );
  const key = readSigningKey(options.key);

  const out = resolve(options.out);
  const buildOut = join(out, 'build');
  rmSync(buildOut, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const built = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HANVISA_OUT_DIR: buildOut,
      HANVISA_HOST_ACCESS: access.patterns.join(','),
      HANVISA_EXTENSION_KEY: key.publicKey,
    },
    encoding: 'utf8',
    timeout: 300_000,
  });
  if (built.status !== 0)
    throw new RegionPackageError(`The build failed:\n${(built.stdout + built.stderr).trim().slice(-2000)}`);
  const build = join(buildOut, 'chrome-mv3');
  const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as {
    version: string;
    host_permissions?: string[];
  };
  // The package must carry exactly the hosts asked for: never more host access than intended.
  if (JSON.stringify(manifest.host_permissions) !== JSON.stringify(access.patterns))
    throw new RegionPackageError(
      `The built manifest has host_permissions ${JSON.stringify(manifest.host_permissions)}, expected ${JSON.stringify(access.patterns)}`,
    );

  const crxName = `hanvisa-${manifest.version}.crx`;
  const crx = join(out, crxName);
  renameSync(packCrx(chromium, build, options.key), crx);
  const updates = join(out, 'updates.xml');
  writeFileSync(updates, updateManifest(key.id, manifest.version, `${base}${crxName}`));
  const policy = join(out, 'chrome-policy.json');
  writeFileSync(
    policy,
    `${JSON.stringify(
      {
        ExtensionSettings: {
          [key.id]: { installation_mode: 'force_installed', update_url: `${base}updates.xml` },
        },
        '3rdparty': { extensions: { [key.id]: { pageContextHosts: splitHostList(options.hosts) } } },
      },
      null,
      2,
    )}\n`,
  );
  return { id: key.id, version: manifest.version, patterns: access.patterns, crx, updates, policy, build };
}

const USAGE =
  'Usage: npm run package:region -- --hosts "journal.example.se,*.intranet.example.se" --key region.pem --url https://intranet.example.se/hanvisa/ [--out region-package]';

function main(argv: string[]): number {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        hosts: { type: 'string' },
        key: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string', default: 'region-package' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    console.error(`${String(error instanceof Error ? error.message : error)}\n${USAGE}`);
    return 2;
  }
  const { hosts, key, url, out, help } = values;
  if (help || typeof hosts !== 'string' || typeof key !== 'string' || typeof url !== 'string') {
    console.error(USAGE);
    return help ? 0 : 2;
  }
  try {
    const pkg = packageRegion({ hosts, key, url, out: String(out) });
    console.log(`✓ Hänvisa ${pkg.version} for ${pkg.patterns.join(', ')}`);
    console.log(`  extension id  ${pkg.id}`);
    console.log(`  package       ${pkg.crx}`);
    console.log(`  update file   ${pkg.updates}`);
    console.log(`  policy start  ${pkg.policy}`);
    console.log(`Serve the package and update file at ${url}; see docs/ADMIN.md.`);
    return 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  process.exitCode = main(process.argv.slice(2));
}

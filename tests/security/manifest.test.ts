/**
 * Least privilege, checked on what ships: both built manifests against an explicit allow-list,
 * no required host access, a Content Security Policy no looser than the browser default, and no
 * code loaded from anywhere but the package.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtDir, filesOf, type Manifest, readManifest, type Target } from './built.ts';

/**
 * Every API permission the extension may hold, and why. A new permission fails this test until it
 * is added here with its reason and to docs/SECURITY.md.
 */
const ALLOWED_PERMISSIONS: Record<string, string> = {
  storage: 'favourites, settings, enabled sites, theme hits per tab, the remote catalogue',
  alarms: "refresh the administrator's remote catalogue at its interval",
  scripting: 'register the page reader on enabled sites only',
  activeTab: 'read the address of the tab the panel was opened on, without the `tabs` permission',
  sidePanel: 'the Chrome side panel',
  contextMenus: 'search the selected text in Hänvisa (the text goes to our own panel only)',
};
/** Host access is only ever optional, asked for one site at a time. */
const ALLOWED_OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'];
const HOST_LIKE = /[:/*<]/;

const TARGETS: Target[] = ['chrome', 'firefox'];

function cspOf(m: Manifest): string | undefined {
  const csp = m.content_security_policy;
  return typeof csp === 'string' ? csp : csp?.extension_pages;
}

/** The sources of one CSP directive, or undefined when it is absent. */
function directive(csp: string, name: string): string[] | undefined {
  for (const part of csp.split(';')) {
    const [key, ...values] = part.trim().split(/\s+/);
    if (key === name) return values;
  }
  return undefined;
}

describe.each(TARGETS)('%s build manifest', (target) => {
  let dir = '';
  let m: Manifest;
  beforeAll(() => {
    dir = builtDir(target);
    m = readManifest(dir);
  }, 240_000);

  it('asks only for allow-listed API permissions', () => {
    const api = [...(m.permissions ?? []), ...(m.optional_permissions ?? [])].filter(
      (p) => !HOST_LIKE.test(p),
    );
    expect(api.filter((p) => !(p in ALLOWED_PERMISSIONS))).toEqual([]);
    expect(api).toContain('storage');
  });

  it('has no required host permissions and no <all_urls>', () => {
    expect(m.host_permissions ?? []).toEqual([]);
    expect((m.permissions ?? []).filter((p) => HOST_LIKE.test(p))).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    expect(JSON.stringify(m)).not.toMatch(/"\*:\/\/\*\/\*"/);
  });

  it('offers host access only as optional http(s) patterns', () => {
    const optionalHosts = [
      ...(m.optional_host_permissions ?? []),
      ...(m.optional_permissions ?? []).filter((p) => HOST_LIKE.test(p)),
    ];
    expect(optionalHosts.filter((p) => !ALLOWED_OPTIONAL_HOSTS.includes(p))).toEqual([]);
  });

  it('declares no content script: the page reader only runs where a site was enabled', () => {
    expect(m.content_scripts ?? []).toEqual([]);
  });

  it('lets no web page connect to it, and exposes no files to web pages', () => {
    expect(m.externally_connectable).toBeUndefined();
    const war = JSON.stringify(m.web_accessible_resources ?? []);
    expect(war).not.toContain('<all_urls>');
    expect(war).not.toMatch(/\.(js|html|json)"/);
  });

  it('keeps a Content Security Policy at least as strict as the default', () => {
    const csp = cspOf(m);
    if (csp === undefined) return; // the browser default applies
    const scripts = directive(csp, 'script-src') ?? directive(csp, 'default-src') ?? [];
    expect(scripts.filter((s) => !["'self'", "'wasm-unsafe-eval'"].includes(s))).toEqual([]);
    expect(csp).not.toMatch(/unsafe-eval'|unsafe-inline|https?:|\*/);
  });

  it('loads no remote code: no script or import from the network', () => {
    const html = filesOf(dir, /\.html$/);
    expect(html.length).toBeGreaterThanOrEqual(3);
    for (const file of html) {
      const text = readFileSync(file, 'utf8');
      const srcs = [...text.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/g)].map((x) => x[1] ?? '');
      expect(srcs.length, relative(dir, file)).toBeGreaterThan(0);
      for (const src of srcs) expect(src, relative(dir, file)).toMatch(/^\/(?!\/)/);
      expect(text).not.toMatch(/<link\b[^>]*href=["']?(https?:)?\/\//);
    }
    for (const file of filesOf(dir, /\.js$/)) {
      const text = readFileSync(file, 'utf8');
      expect(text, relative(dir, file)).not.toMatch(/\bimport\s*\(\s*["'`](https?:)?\/\//);
      expect(text, relative(dir, file)).not.toMatch(/\bfrom\s*["'`](https?:)?\/\//);
      expect(text, relative(dir, file)).not.toMatch(/importScripts\s*\(\s*["'`](https?:)?\/\//);
    }
  });
});

describe('site access can be asked for', () => {
  // WXT drops `optional_host_permissions` from MV2 manifests without moving it to
  // `optional_permissions`: an MV2 Firefox build could then never enable a site.
  it.each(TARGETS)('%s declares the optional host patterns', (target) => {
    const m = readManifest(builtDir(target));
    const optional = m.manifest_version === 2 ? m.optional_permissions : m.optional_host_permissions;
    expect(optional ?? []).toEqual(expect.arrayContaining(ALLOWED_OPTIONAL_HOSTS));
  });
});

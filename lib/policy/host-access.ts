/**
 * Host access built into a region's own package. The store build asks for every site at run time
 * (optional host permissions); a browser grants an optional permission only to a user, never to a
 * policy. A region that installs Hänvisa by policy and wants the page context to start on its
 * journal hosts without a click builds its package with those hosts as required host permissions
 * (scripts/package-region.ts, docs/ADMIN.md). This decides which host lists are acceptable.
 *
 * Host access alone reads nothing: the page reader still runs only where a user or the policy
 * enabled a site (lib/policy/sites.ts).
 */
import { normalizeSitePattern } from './sites.ts';

/** More hosts than any region's journal and intranet systems; a longer list is a mistake. */
export const MAX_HOSTS = 50;

export type HostAccess = { ok: true; patterns: string[] } | { ok: false; errors: string[] };

/** Splits "a.se, *.b.se\nc.se" into its items; empty items are dropped. */
export function splitHostList(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** "*.example.se" has two labels under its wildcard; "*.se" has one and would cover a country. */
function wildcardTooBroad(pattern: string): boolean {
  const host = /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? '';
  if (!host.startsWith('*.')) return false;
  return host.slice(2).split('.').length < 2;
}

/**
 * The match patterns for a host list, or every reason it is refused (English: build and CLI output).
 * Accepts what pageContextHosts accepts: "journal.example.se", "https://journal.example.se",
 * "*.intranet.example.se". Refuses paths, "*", "<all_urls>" and wildcards over a whole top-level
 * domain.
 */
export function parseHostAccess(items: readonly string[]): HostAccess {
  const errors: string[] = [];
  const patterns = new Set<string>();
  if (items.length === 0) errors.push('no hosts given: name at least one journal or intranet host');
  if (items.length > MAX_HOSTS) errors.push(`${items.length} hosts: at most ${MAX_HOSTS} are accepted`);
  for (const item of items) {
    const pattern = normalizeSitePattern(item);
    if (!pattern) {
      errors.push(`"${item}": not a host. Write a host such as journal.example.se or *.intranet.example.se`);
    } else if (wildcardTooBroad(pattern)) {
      errors.push(`"${item}": a wildcard must keep at least two labels, e.g. *.intranet.example.se`);
    } else {
      patterns.add(pattern);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, patterns: [...patterns].sort() };
}

/**
 * The build's reading of HANVISA_HOST_ACCESS: no value means the store build (no host access);
 * a bad value fails the build rather than shipping a package that silently does less or more.
 */
export function hostAccessFromEnv(value: string | undefined): string[] {
  if (value === undefined || value.trim() === '') return [];
  const parsed = parseHostAccess(splitHostList(value));
  if (!parsed.ok) throw new Error(`HANVISA_HOST_ACCESS is not valid:\n  ${parsed.errors.join('\n  ')}`);
  return parsed.patterns;
}

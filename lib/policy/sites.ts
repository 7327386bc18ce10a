/**
 * Which sites the content script runs on. Two sources feed one list: sites a user enabled in the
 * side panel, and host patterns an administrator set by policy. Pure: platform/sites.ts applies
 * the result with the scripting API.
 */

/** Prefix of every runtime content-script registration this extension makes. */
export const SCRIPT_ID_PREFIX = 'hanvisa-context:';

const HOST_RE = /^(\*|(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*)$/;

/**
 * The match pattern for the site of a page URL ("https://journal.example.se/*"), or null for
 * pages the extension never reads (extension pages, file:, data:, the browser's own pages).
 * Ports are left out: match patterns in Firefox cannot hold them and Chrome ignores a missing one.
 */
export function sitePattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (!parsed.hostname) return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/**
 * Accepts what an administrator or user may write — "journal.example.se", "*.example.se",
 * "https://journal.example.se", "https://*.example.se/*" — and returns a site match pattern, or
 * null when it is not a host pattern we accept (no paths, no <all_urls>, no bare "*").
 */
export function normalizeSitePattern(input: string): string | null {
  const text = input.trim().toLowerCase();
  const m = /^(?:(https?|\*):\/\/)?([^/:]+)(?::\d+)?(\/\*?)?$/.exec(text);
  if (!m) return null;
  const [, scheme, host = ''] = m;
  if (host === '*' || !HOST_RE.test(host)) return null;
  if (scheme === 'http' || scheme === 'https') return `${scheme}://${host}/*`;
  // No scheme (or "*"): journals may be served on either.
  return `*://${host}/*`;
}

/** The union of both sources, normalised, without duplicates, sorted for stable comparisons. */
export function unionSites(userSites: readonly string[], policySites: readonly string[]): string[] {
  const all = new Set<string>();
  for (const s of [...userSites, ...policySites]) {
    const p = normalizeSitePattern(s);
    if (p) all.add(p);
  }
  return [...all].sort();
}

/**
 * What should be registered: the union of both lists, or nothing at all when the policy turns the
 * page context off (`pageContext: false`), user sites included.
 */
export function wantedSites(
  userSites: readonly string[],
  policySites: readonly string[],
  pageContextOff: boolean,
): string[] {
  return pageContextOff ? [] : unionSites(userSites, policySites);
}

export function scriptId(pattern: string): string {
  return SCRIPT_ID_PREFIX + pattern;
}

export function patternOfScriptId(id: string): string | null {
  return id.startsWith(SCRIPT_ID_PREFIX) ? id.slice(SCRIPT_ID_PREFIX.length) : null;
}

export interface RegistrationPlan {
  register: string[];
  unregister: string[];
}

/** What to change so that exactly `wanted` is registered, given the registered script ids. */
export function planRegistrations(
  wanted: readonly string[],
  registeredIds: readonly string[],
): RegistrationPlan {
  const have = new Set<string>();
  const unregister: string[] = [];
  for (const id of registeredIds) {
    const p = patternOfScriptId(id);
    if (p === null) continue;
    if (wanted.includes(p)) have.add(p);
    else unregister.push(id);
  }
  return { register: wanted.filter((p) => !have.has(p)), unregister };
}

/** Adds a pattern to the user's list (normalised, once). */
export function addSite(list: readonly string[], pattern: string): string[] {
  const p = normalizeSitePattern(pattern);
  if (!p || list.includes(p)) return [...list];
  return [...list, p].sort();
}

export function removeSite(list: readonly string[], pattern: string): string[] {
  const p = normalizeSitePattern(pattern) ?? pattern;
  return list.filter((s) => s !== p);
}

/** True when a page URL is covered by one of the patterns (for the panel's "enabled here" state). */
export function coveredBy(url: string, patterns: readonly string[]): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const scheme = parsed.protocol.slice(0, -1);
  for (const p of patterns) {
    const m = /^(\*|https?):\/\/([^/]+)\/\*$/.exec(p);
    if (!m) continue;
    const [, s = '', host = ''] = m;
    if (s !== '*' && s !== scheme) continue;
    if (s === '*' && scheme !== 'http' && scheme !== 'https') continue;
    if (host === parsed.hostname) return p;
    if (
      host.startsWith('*.') &&
      (parsed.hostname === host.slice(2) || parsed.hostname.endsWith(host.slice(1)))
    )
      return p;
  }
  return null;
}

/**
 * What a page may believe about a value read back from browser storage. Storage is written only by
 * this extension, but a crash mid-write, a half-applied update, a browser bug or a hand edit in the
 * developer tools can leave anything there, and one bad value must not blank the popup or the panel.
 * Each reader keeps every entry that is sound, drops the rest, and never rewrites storage: the
 * user's data stays as it was for the next version to read. Hand-written (no zod) so the popup's
 * start stays small; tests/security/storage-corruption.property.test.ts checks these against the
 * types and, for settings, against the zod schema.
 */
import { COUNTY_CODES } from '../data/counties.ts';
import { FEATURE_LIST } from './features.ts';
import type { SettingsPolicy, UserSettings } from './settings.ts';
import {
  AGE_GROUPS,
  type Favourite,
  type Filters,
  type PendingQuery,
  type PopupState,
  type RecentUse,
} from './user-data.ts';

type Entry = Record<string, unknown>;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value: unknown, max = 500): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= max;
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** The sound entries of a list, first occurrence of each id, at most `limit`. */
function listOf<T extends { id: string }>(raw: unknown, read: (entry: Entry) => T | null, limit = 1000): T[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of raw as unknown[]) {
    const value = isEntry(item) ? read(item) : null;
    if (!value || seen.has(value.id)) continue;
    seen.add(value.id);
    out.push(value);
    if (out.length >= limit) break;
  }
  return out;
}

export function storedFavourites(raw: unknown): Favourite[] {
  return listOf(raw, ({ id, name, addedAt }) =>
    isText(id, 200)
      ? { id, name: isText(name) ? name : id, addedAt: typeof addedAt === 'string' ? addedAt : '' }
      : null,
  );
}

export function storedRecent(raw: unknown): RecentUse[] {
  return listOf(raw, ({ id, at }) => (isText(id, 200) && typeof at === 'string' ? { id, at } : null));
}

/** Site patterns: strings only; what they mean is checked where they are applied (lib/sites.ts). */
export function storedSites(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  return [...new Set((raw as unknown[]).filter((s): s is string => isText(s, 300)))];
}

function storedFilters(raw: unknown): Filters | null {
  if (!isEntry(raw)) return null;
  const { openNow, audience, ageGroup } = raw;
  if (typeof openNow !== 'boolean') return null;
  if (audience !== null && audience !== 'patient' && audience !== 'staff') return null;
  if (ageGroup !== null && !(AGE_GROUPS as readonly unknown[]).includes(ageGroup)) return null;
  return { openNow, audience, ageGroup: ageGroup as Filters['ageGroup'] };
}

export function storedPopupState(raw: unknown): PopupState | null {
  if (!isEntry(raw)) return null;
  const filters = storedFilters(raw.filters);
  const { query, activeId, savedAt } = raw;
  if (typeof query !== 'string' || query.length > 500 || !filters || !isTime(savedAt)) return null;
  if (activeId !== null && !isText(activeId, 200)) return null;
  return { query, filters, activeId, savedAt };
}

export function storedPendingQuery(raw: unknown): PendingQuery | null {
  if (!isEntry(raw)) return null;
  const { query, resourceId, at } = raw;
  if (typeof query !== 'string' || query.length > 500 || !isTime(at)) return null;
  if (resourceId !== null && !isText(resourceId, 200)) return null;
  return { query, resourceId, at };
}

/** The user's settings, key by key: a bad value loses only its own key (the default applies). */
export function storedSettings(raw: unknown): UserSettings {
  if (!isEntry(raw)) return {};
  const out: UserSettings = {};
  const { homeRegion, ageFromPersonnummer, journalTemplate, locale } = raw;
  if ((COUNTY_CODES as readonly unknown[]).includes(homeRegion))
    out.homeRegion = homeRegion as NonNullable<UserSettings['homeRegion']>;
  if (typeof ageFromPersonnummer === 'boolean') out.ageFromPersonnummer = ageFromPersonnummer;
  if (isText(journalTemplate)) out.journalTemplate = journalTemplate;
  if (locale === 'sv' || locale === 'en') out.locale = locale;
  return out;
}

/**
 * Whether a stored remote catalogue still has the shape the pages index into. It was validated in
 * full before it was stored; this only catches a value that storage itself damaged.
 */
export function looksLikeStoredCatalogue(raw: unknown): boolean {
  if (!isEntry(raw) || typeof raw.url !== 'string' || !isEntry(raw.bundle)) return false;
  const { format, resources, vocabulary, search, hours, synonyms } = raw.bundle;
  return (
    format === 'hanvisa-bundle/1' &&
    Array.isArray(resources) &&
    Array.isArray(vocabulary) &&
    isEntry(search) &&
    isEntry(hours) &&
    isEntry(synonyms)
  );
}

/** The mirror of the policy the pages read (platform/page-policy.ts), as stored. */
export interface StoredPagePolicy {
  catalogueUrl: string | null;
  hiddenResources: string[];
  settings?: SettingsPolicy;
}

const AGE_POLICY = ['off', 'allowed', 'default'];
/** Every key of SettingsPolicy, in a fixed order (the type check below fails when one is missing). */
export const SETTINGS_POLICY_KEYS = [
  'homeRegion',
  'journalTemplate',
  'ageFromPersonnummer',
  'pageContext',
  'disabledFeatures',
] as const satisfies readonly (keyof SettingsPolicy)[];
const allKeys: Exclude<keyof SettingsPolicy, (typeof SETTINGS_POLICY_KEYS)[number]> extends never
  ? true
  : never = true;
void allKeys;

function soundSettingsPolicy(raw: Entry): boolean {
  const { homeRegion, journalTemplate, ageFromPersonnummer, pageContext, disabledFeatures } = raw;
  return (
    (homeRegion === undefined || (COUNTY_CODES as readonly unknown[]).includes(homeRegion)) &&
    (journalTemplate === undefined || typeof journalTemplate === 'string') &&
    (ageFromPersonnummer === undefined || AGE_POLICY.includes(ageFromPersonnummer as string)) &&
    (pageContext === undefined || typeof pageContext === 'boolean') &&
    (disabledFeatures === undefined ||
      (Array.isArray(disabledFeatures) &&
        disabledFeatures.every((f) => (FEATURE_LIST as readonly unknown[]).includes(f))))
  );
}

/**
 * The policy mirror, or null when any part of it is damaged: then the pages read managed storage
 * itself, so a damaged mirror can never unlock a setting or show a hidden resource.
 */
export function storedPagePolicy(raw: unknown): StoredPagePolicy | null {
  if (!isEntry(raw)) return null;
  const { catalogueUrl, hiddenResources, settings } = raw;
  if (catalogueUrl !== null && typeof catalogueUrl !== 'string') return null;
  if (!Array.isArray(hiddenResources) || !hiddenResources.every((id) => typeof id === 'string')) return null;
  if (settings === undefined) return { catalogueUrl, hiddenResources };
  if (!isEntry(settings) || !soundSettingsPolicy(settings)) return null;
  const known: Entry = {};
  for (const key of SETTINGS_POLICY_KEYS) if (settings[key] !== undefined) known[key] = settings[key];
  return { catalogueUrl, hiddenResources, settings: known as SettingsPolicy };
}

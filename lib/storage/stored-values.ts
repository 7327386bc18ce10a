/**
 * What a page may believe about a value read back from browser storage. Storage is written only by
 * this extension, but a crash mid-write, a half-applied update, a browser bug or a hand edit in the
 * developer tools can leave anything there, and one bad value must not blank the popup or the panel.
 * Each reader keeps every entry that is sound, drops the rest, and never rewrites storage: the
 * user's data stays as it was for the next version to read. A few small checks instead of zod, so
 * the popup's start stays small; tests/security/storage-corruption.property.test.ts checks these
 * readers against zod schemas of the same types.
 */
import { COUNTY_CODES } from '../../data/county-codes.ts';
import { FEATURE_LIST } from '../policy/features.ts';
import type { SettingsPolicy, UserSettings } from '../policy/settings.ts';
import {
  AGE_GROUPS,
  type Favourite,
  type PendingQuery,
  type PopupState,
  type RecentUse,
} from './user-data.ts';

type Entry = Record<string, unknown>;
type Check = (value: unknown) => boolean;

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text =
  (max: number, min = 1): Check =>
  (v) =>
    typeof v === 'string' && v.length >= min && v.length <= max;
const oneOf =
  (values: readonly unknown[]): Check =>
  (v) =>
    values.includes(v);
const orNull =
  (check: Check): Check =>
  (v) =>
    v === null || check(v);
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined || check(v);
const isBoolean: Check = (v) => typeof v === 'boolean';
const isTime: Check = (v) => typeof v === 'number' && Number.isFinite(v);
const isId = text(200);

/** The shape's keys of `raw` when every check passes, else null. */
function shaped<T>(raw: unknown, shape: Record<string, Check>): T | null {
  if (!isEntry(raw)) return null;
  const out: Entry = {};
  for (const key in shape) {
    if (!shape[key]?.(raw[key])) return null;
    if (raw[key] !== undefined) out[key] = raw[key];
  }
  return out as T;
}

/** The sound entries of a list, first occurrence of each id. */
function listOf<T extends { id: string }>(raw: unknown, read: (entry: Entry) => T | null): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const item of Array.isArray(raw) ? (raw as unknown[]) : []) {
    const value = isEntry(item) ? read(item) : null;
    if (value && !seen.has(value.id)) {
      seen.add(value.id);
      out.push(value);
    }
  }
  return out;
}

/** A favourite with a damaged name keeps its id, shown as its name. */
export const storedFavourites = (raw: unknown): Favourite[] =>
  listOf(raw, ({ id, name, addedAt }) =>
    isId(id)
      ? {
          id: id as string,
          name: text(500)(name) ? (name as string) : (id as string),
          addedAt: text(100, 0)(addedAt) ? (addedAt as string) : '',
        }
      : null,
  );

export const storedRecent = (raw: unknown): RecentUse[] =>
  listOf(raw, (entry) => shaped<RecentUse>(entry, { id: isId, at: text(100, 0) }));

/** Site patterns: strings only; what they mean is checked where they are applied (lib/policy/sites.ts). */
export const storedSites = (raw: unknown): string[] =>
  Array.isArray(raw) ? [...new Set((raw as unknown[]).filter(text(300)) as string[])] : [];

const FILTERS = {
  openNow: isBoolean,
  audience: orNull(oneOf(['patient', 'staff'])),
  ageGroup: orNull(oneOf(AGE_GROUPS)),
};

export const storedPopupState = (raw: unknown): PopupState | null => {
  const state = shaped<PopupState>(raw, {
    query: text(500, 0),
    filters: (v) => shaped(v, FILTERS) !== null,
    activeId: orNull(isId),
    savedAt: isTime,
  });
  return state && { ...state, filters: shaped(state.filters, FILTERS) as PopupState['filters'] };
};

export const storedPendingQuery = (raw: unknown): PendingQuery | null =>
  shaped(raw, { query: text(500, 0), resourceId: orNull(isId), at: isTime });

const SETTINGS: Record<keyof UserSettings, Check> = {
  homeRegion: oneOf(COUNTY_CODES),
  ageFromPersonnummer: isBoolean,
  patientFromNote: isBoolean,
  journalTemplate: text(500),
  locale: oneOf(['sv', 'en']),
};

/** The user's settings, key by key: a bad value loses only its own key (the default applies). */
export function storedSettings(raw: unknown): UserSettings {
  const out: Entry = {};
  if (isEntry(raw))
    for (const key in SETTINGS) if (SETTINGS[key as keyof UserSettings](raw[key])) out[key] = raw[key];
  return out as UserSettings;
}

/**
 * Whether a stored remote catalogue still has the shape the pages index into. It was validated in
 * full before it was stored; this catches a value that storage itself damaged, and one stored by a
 * version before situations (resources without `serves`, no parts): the bundled catalogue is used
 * until the next refresh fetches the document again in full (catalogue-refresh.ts).
 */
export const looksLikeStoredCatalogue = (raw: unknown): boolean =>
  isEntry(raw) &&
  typeof raw.url === 'string' &&
  shaped(raw.bundle, {
    format: oneOf(['hanvisa-bundle/1']),
    resources: (v) => Array.isArray(v) && v.every((r) => isEntry(r) && isEntry(r.serves)),
    vocabulary: Array.isArray,
    parts: Array.isArray,
    search: isEntry,
    hours: isEntry,
    synonyms: isEntry,
  }) !== null;

/** The mirror of the policy the pages read (platform/page-policy.ts), as stored. */
export interface StoredPagePolicy {
  catalogueUrl: string | null;
  hiddenResources: string[];
  settings?: SettingsPolicy;
}

/** Every key of SettingsPolicy, with what its value may be (the type fails when a key is missing). */
const SETTINGS_POLICY: Record<keyof SettingsPolicy, Check> = {
  homeRegion: optional(oneOf(COUNTY_CODES)),
  journalTemplate: optional((v) => typeof v === 'string'),
  ageFromPersonnummer: optional(oneOf(['off', 'allowed', 'default'])),
  patientFromNote: optional(oneOf(['off', 'allowed', 'default'])),
  pageContext: optional(isBoolean),
  disabledFeatures: optional((v) => Array.isArray(v) && v.every(oneOf(FEATURE_LIST))),
};

/** The keys of SettingsPolicy, in a fixed order (platform/page-policy.ts serialises by it). */
export const SETTINGS_POLICY_KEYS = Object.keys(SETTINGS_POLICY) as (keyof SettingsPolicy)[];

/**
 * The policy mirror, or null when any part of it is damaged: then the pages read managed storage
 * itself, so a damaged mirror can never unlock a setting or show a hidden resource.
 */
export const storedPagePolicy = (raw: unknown): StoredPagePolicy | null => {
  const mirror = shaped<StoredPagePolicy>(raw, {
    catalogueUrl: orNull((v) => typeof v === 'string'),
    hiddenResources: (v) => Array.isArray(v) && v.every((id) => typeof id === 'string'),
    settings: optional((v) => shaped(v, SETTINGS_POLICY) !== null),
  });
  return mirror?.settings
    ? { ...mirror, settings: shaped(mirror.settings, SETTINGS_POLICY) as SettingsPolicy }
    : mirror;
};

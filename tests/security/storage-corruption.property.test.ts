/**
 * Damaged values in browser storage: whatever is stored, the readers of lib/storage/stored-values.ts give a
 * value of the right shape (checked against independent zod schemas here), keep every sound entry,
 * and the storage items hand pages only such values without rewriting what is stored.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { z } from 'zod';
import { COUNTY_CODES } from '../../data/counties.ts';
import { PolicySchema } from '../../data/policy-schema.ts';
import { THEME_IDS } from '../../data/themes.ts';
import { GENDERS } from '../../lib/matcher/types.ts';
import { storedPageContexts } from '../../lib/page/page-report.ts';
import { UserSettingsSchema } from '../../lib/policy/settings.ts';
import {
  looksLikeStoredCatalogue,
  storedFavourites,
  storedPagePolicy,
  storedPendingQuery,
  storedPopupState,
  storedRecent,
  storedSettings,
  storedSites,
} from '../../lib/storage/stored-values.ts';
import { AGE_GROUPS } from '../../lib/storage/user-data.ts';
import { hostileValue, mutationOf } from './mutate.ts';

const RUNS = { numRuns: 300 };
const id = z.string().min(1).max(200);
const unique = (list: { id: string }[]) => new Set(list.map((e) => e.id)).size === list.length;

const Favourites = z
  .array(z.strictObject({ id, name: z.string().min(1), addedAt: z.string() }))
  .refine(unique);
const Recent = z.array(z.strictObject({ id, at: z.string() })).refine(unique);
const Filters = z.strictObject({
  openNow: z.boolean(),
  audience: z.enum(['patient', 'staff']).nullable(),
  ageGroup: z.enum(AGE_GROUPS).nullable(),
});
const PopupState = z
  .strictObject({
    query: z.string().max(500),
    filters: Filters,
    activeId: id.nullable(),
    savedAt: z.number(),
  })
  .nullable();
const Pending = z
  .strictObject({ query: z.string().max(500), resourceId: id.nullable(), at: z.number() })
  .nullable();

const count = z.int().min(0).max(1_000_000);
const age = z.int().min(0).max(130).nullable();
const PageContexts = z.record(
  z.string().regex(/^\d+$/),
  z.strictObject({
    hits: z.array(
      z.strictObject({
        theme: z.enum(THEME_IDS),
        count: count.min(1),
        negated: count,
        denied: count,
        uncertain: count,
        hypothetical: count,
        other: count,
        words: z.array(z.string().min(1).max(60)).max(5),
      }),
    ),
    named: z.array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
        count: count.min(1),
        negated: count,
      }),
    ),
    patient: z.strictObject({
      age,
      otherAge: age,
      otherGender: z.enum(['woman', 'man']).nullable(),
      gender: z.enum(GENDERS).nullable(),
      interpreter: z.boolean(),
      languages: z.array(z.string().regex(/^[a-z]{2,3}$/)).max(3),
      children: z.boolean(),
    }),
    age,
    suggestions: count,
    updatedAt: z.number(),
  }),
);
const GOOD_PAGES = {
  '7': {
    hits: [
      {
        theme: 'sex-mot-ersattning',
        count: 3,
        negated: 1,
        denied: 0,
        uncertain: 1,
        hypothetical: 0,
        other: 1,
        words: ['sålt sex', 'betalt + sexuella'],
      },
    ],
    named: [{ id: 'terrafem', count: 1, negated: 0 }],
    patient: {
      age: 34,
      otherAge: null,
      otherGender: null,
      gender: 'woman',
      interpreter: true,
      languages: ['ar'],
      children: false,
    },
    age: null,
    suggestions: 4,
    updatedAt: 1_764_000_000_000,
  },
};

const GOOD_FAVOURITE = { id: 'bris', name: 'BRIS', addedAt: '2026-11-01T00:00:00.000Z' };
const GOOD_POPUP = {
  query: 'kvinnofrid',
  filters: { openNow: true, audience: 'patient', ageGroup: '15-17' },
  activeId: 'kvinnofridslinjen',
  savedAt: 1_764_000_000_000,
};
const GOOD_MIRROR = {
  catalogueUrl: 'https://intranet.example.se/hanvisa/catalogue.json',
  hiddenResources: ['bris'],
  settings: {
    homeRegion: '13',
    journalTemplate: '{name} {phone}',
    ageFromPersonnummer: 'allowed',
    patientFromNote: 'off',
  },
};

describe('readers of stored values (lib/storage/stored-values.ts)', () => {
  it.each([
    ['favourites', storedFavourites, Favourites, [GOOD_FAVOURITE, { id: 'umo', name: 'UMO', addedAt: '' }]],
    ['recent', storedRecent, Recent, [{ id: 'bris', at: '2026-11-01T00:00:00.000Z' }]],
    ['sites', storedSites, z.array(z.string().min(1)), ['https://journal.example.se/*']],
    ['popup state', storedPopupState, PopupState, GOOD_POPUP],
    ['pending query', storedPendingQuery, Pending, { query: 'sugardejting', resourceId: null, at: 5 }],
    ['page findings per tab', storedPageContexts, PageContexts, GOOD_PAGES],
  ] as const)(
    '%s: anything at all gives the right shape; a sound value comes back unchanged',
    (_, read, schema, good) => {
      expect(read(structuredClone(good))).toEqual(good);
      fc.assert(
        fc.property(fc.oneof(fc.anything(), hostileValue, mutationOf(good)), (raw) => {
          const value = read(raw);
          expect(schema.safeParse(value).success).toBe(true);
        }),
        RUNS,
      );
    },
  );

  it('keeps every sound favourite among damaged ones, in order, first of each id', () => {
    const sound = fc.record({
      id: fc.constantFrom('bris', 'umo', 'kvinnofridslinjen', '1177'),
      name: fc.string({ minLength: 1, maxLength: 20 }),
      addedAt: fc.string({ maxLength: 30 }),
    });
    const item = fc.oneof(
      sound.map((f) => ({ sound: true, f })),
      hostileValue.map((f) => ({ sound: false, f })),
    );
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), (items) => {
        const expected: unknown[] = [];
        const seen = new Set<string>();
        for (const { sound: ok, f } of items) {
          const fav = f as { id: string };
          if (ok && !seen.has(fav.id)) {
            seen.add(fav.id);
            expected.push(f);
          }
          // A damaged entry may still carry a sound id (e.g. a favourite without a name): skip the check.
          else if (!ok) return;
        }
        expect(storedFavourites(items.map((i) => i.f))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('a favourite with a damaged name keeps its id and shows the id as its name', () => {
    expect(storedFavourites([{ id: 'bris', name: 42 }, 'x', null, { name: 'no id' }])).toEqual([
      { id: 'bris', name: 'bris', addedAt: '' },
    ]);
  });

  it('settings: each key survives exactly when the zod schema accepts it alone', () => {
    const shape = UserSettingsSchema.shape;
    const keyValue = fc.oneof(
      fc.constantFrom(...COUNTY_CODES, '99', 13),
      fc.boolean(),
      fc.string({ maxLength: 600 }),
      fc.constantFrom('sv', 'en', 'de'),
      hostileValue,
    );
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...Object.keys(shape), 'other'), keyValue), (raw) => {
        const expected: Record<string, unknown> = {};
        for (const [key, schema] of Object.entries(shape))
          if (key in raw && raw[key] !== undefined && schema.safeParse(raw[key]).success)
            expected[key] = raw[key];
        expect(storedSettings(raw)).toEqual(expected);
        expect(UserSettingsSchema.safeParse(storedSettings(raw)).success).toBe(true);
      }),
      RUNS,
    );
    for (const raw of [null, 'x', 5, [], [1]]) expect(storedSettings(raw)).toEqual({});
  });

  it('the policy mirror: sound or nothing, so a damaged mirror never unlocks or un-hides', () => {
    expect(storedPagePolicy(structuredClone(GOOD_MIRROR))).toEqual(GOOD_MIRROR);
    const Mirror = z.strictObject({
      catalogueUrl: z.string().nullable(),
      hiddenResources: z.array(z.string()),
      settings: PolicySchema.pick({
        homeRegion: true,
        journalTemplate: true,
        ageFromPersonnummer: true,
        patientFromNote: true,
        pageContext: true,
        disabledFeatures: true,
      })
        .extend({ journalTemplate: z.string().optional() })
        .strict()
        .optional(),
    });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), mutationOf(GOOD_MIRROR)), (raw) => {
        const value = storedPagePolicy(raw);
        if (value === null) return;
        const parsed = Mirror.safeParse(value);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
      RUNS,
    );
    expect(storedPagePolicy({ ...GOOD_MIRROR, hiddenResources: 'bris' })).toBeNull();
    expect(storedPagePolicy({ ...GOOD_MIRROR, settings: { homeRegion: 13 } })).toBeNull();
  });

  it('a remote catalogue storage damaged is not taken for one', () => {
    const bundle = {
      format: 'hanvisa-bundle/1',
      resources: [],
      vocabulary: [],
      parts: [],
      search: {},
      hours: {},
      synonyms: {},
    };
    expect(looksLikeStoredCatalogue({ url: 'https://x.se/c.json', bundle })).toBe(true);
    // Stored by a version before situations (no parts, resources with themes): not usable, so the
    // bundled catalogue is used and the next refresh fetches the document in full.
    const { parts: _, ...older } = bundle;
    expect(looksLikeStoredCatalogue({ url: 'https://x.se/c.json', bundle: older })).toBe(false);
    const oldResources = { ...bundle, resources: [{ id: 'bris', themes: ['barn-och-unga'] }] };
    expect(looksLikeStoredCatalogue({ url: 'https://x.se/c.json', bundle: oldResources })).toBe(false);
    const current = { ...bundle, resources: [{ id: 'bris', serves: { 'barn-sexuell-exploatering': 1 } }] };
    expect(looksLikeStoredCatalogue({ url: 'https://x.se/c.json', bundle: current })).toBe(true);
    fc.assert(
      fc.property(mutationOf({ url: 'https://x.se/c.json', bundle }), (raw) => {
        const value = raw as { url?: unknown; bundle?: Record<string, unknown> } | null;
        const sound =
          typeof value?.url === 'string' &&
          value.bundle?.format === 'hanvisa-bundle/1' &&
          ['resources', 'vocabulary', 'parts'].every((k) => Array.isArray(value.bundle?.[k])) &&
          ((value.bundle?.resources ?? []) as unknown[]).every(
            (r) =>
              typeof r === 'object' &&
              r !== null &&
              typeof (r as { serves?: unknown }).serves === 'object' &&
              (r as { serves?: unknown }).serves !== null &&
              !Array.isArray((r as { serves?: unknown }).serves),
          ) &&
          ['search', 'hours', 'synonyms'].every(
            (k) =>
              typeof value.bundle?.[k] === 'object' &&
              value.bundle?.[k] !== null &&
              !Array.isArray(value.bundle?.[k]),
          );
        expect(looksLikeStoredCatalogue(raw)).toBe(sound);
      }),
      RUNS,
    );
  });
});

describe('storage items hand pages only sound values', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
    vi.resetModules();
  });

  it('reads damaged values as sound ones and leaves storage as it was', async () => {
    const damaged = {
      favourites: ['x', GOOD_FAVOURITE, { id: 7 }],
      recent: 'not a list',
      enabledSites: [1, 'https://journal.example.se/*', null],
      settings: { homeRegion: 13, locale: 'sv', journalTemplate: '' },
      pagePolicy: { ...GOOD_MIRROR, settings: { pageContext: 'no' } },
    };
    await fakeBrowser.storage.local.set(damaged);
    const pageThemes = { '7': { ...GOOD_PAGES['7'], patient: { age: 'Anna, 34' } }, '8': GOOD_PAGES['7'] };
    await fakeBrowser.storage.session.set({ popupState: [], pendingQuery: { query: 5 }, pageThemes });
    const storage = {
      ...(await import('../../platform/storage.ts')),
      ...(await import('../../platform/site-items.ts')),
      ...(await import('../../platform/panel-items.ts')),
    };
    const { settingsItem } = await import('../../platform/settings.ts');
    const { pagePolicyItem } = await import('../../platform/page-policy.ts');
    await expect(storage.favouritesItem.getValue()).resolves.toEqual([GOOD_FAVOURITE]);
    await expect(storage.recentItem.getValue()).resolves.toEqual([]);
    await expect(storage.enabledSitesItem.getValue()).resolves.toEqual(['https://journal.example.se/*']);
    await expect(settingsItem.getValue()).resolves.toEqual({ locale: 'sv' });
    await expect(pagePolicyItem.getValue()).resolves.toBeNull();
    await expect(storage.popupStateItem.getValue()).resolves.toBeNull();
    await expect(storage.pendingQueryItem.getValue()).resolves.toBeNull();
    await expect(storage.pageThemesItem.getValue()).resolves.toEqual({ '8': GOOD_PAGES['7'] });
    // Nothing was rewritten: the next version still finds what the user had.
    expect(await fakeBrowser.storage.local.get(Object.keys(damaged))).toEqual(damaged);
  });

  it('watchers get sound values too', async () => {
    const storage = await import('../../platform/storage.ts');
    const seen: unknown[] = [];
    const stop = storage.favouritesItem.watch((value) => seen.push(value));
    await fakeBrowser.storage.local.set({ favourites: [GOOD_FAVOURITE, 'damaged'] });
    await fakeBrowser.storage.local.set({ favourites: 'gone' });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([[GOOD_FAVOURITE], []]);
    stop();
  });
});

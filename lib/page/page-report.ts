/**
 * Validation of a page's report (`page:hits`) and of the findings stored per tab. A content script
 * runs in a renderer the page can influence: a report is taken whole or refused, and the only
 * strings kept from it are ids, language codes and words of the catalogue's own vocabulary.
 */
import type { Catalogue } from '../../data/catalogue-schema.ts';
import { THEME_IDS, type ThemeId } from '../../data/themes.ts';
import {
  GENDERS,
  type Gender,
  MAX_VALUES,
  MAX_WORDS,
  type NamedHit,
  type ThemeHit,
} from '../matcher/types.ts';
import type { PagePatient } from '../rank/patient.ts';
import { MAX_NAMED, MAX_WORD_LENGTH, type PageContext, type PageReport } from './page-context.ts';

const MAX_COUNT = 1_000_000;
const MAX_AGE = 130;
const RESOURCE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const LANGUAGE_CODE = /^[a-z]{2,3}$/;
const MODIFIERS = ['negated', 'denied', 'uncertain', 'hypothetical', 'other'] as const;

type Entry = Record<string, unknown>;

/** What the catalogue knows: a report's resource ids and words are kept only when it knows them. */
export interface Known {
  resource(id: string): boolean;
  /** A vocabulary term as the reader reports it (lower-cased), or terms joined by " + " (a combination). */
  word(word: string): boolean;
}

/**
 * The resource ids and vocabulary words of a catalogue (situations' and parts' terms), and the
 * features of the reader's model (lib/matcher/model.ts): the words a model finding names.
 */
export function knownIn(
  catalogue: Pick<Catalogue, 'vocabulary' | 'parts' | 'resources'>,
  modelFeatures: readonly string[] = [],
): Known {
  const ids = new Set(catalogue.resources.map((r) => r.id));
  const terms = new Set(
    [...catalogue.vocabulary, ...(catalogue.parts ?? [])].flatMap((set) =>
      set.terms.map((t) => t.term.toLowerCase()),
    ),
  );
  for (const feature of modelFeatures) terms.add(feature);
  return {
    resource: (id) => ids.has(id),
    word: (word) => word.split(' + ').every((term) => terms.has(term)),
  };
}

const isEntry = (value: unknown): value is Entry =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function isThemeId(value: unknown): value is ThemeId {
  return typeof value === 'string' && (THEME_IDS as readonly string[]).includes(value);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_COUNT;
}

function isAge(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_AGE;
}

/** Malformed words refuse the hit; words the vocabulary does not know (another version's) are dropped. */
function parseWords(value: unknown, isWord: Known['word']): string[] | null {
  if (!Array.isArray(value) || value.length > MAX_WORDS) return null;
  const clean: string[] = [];
  for (const w of value as unknown[]) {
    if (typeof w !== 'string' || w.length === 0 || w.length > MAX_WORD_LENGTH) return null;
    if (isWord(w)) clean.push(w);
  }
  return clean;
}

function parseHit(item: unknown, isWord: Known['word']): ThemeHit | null {
  if (!isEntry(item)) return null;
  const { theme, count, words } = item;
  if (!isThemeId(theme) || !isCount(count) || count === 0) return null;
  const mods = MODIFIERS.map((key) => item[key]);
  if (!mods.every((m): m is number => isCount(m) && m <= count)) return null;
  const [negated, denied, uncertain, hypothetical, other] = mods as [number, number, number, number, number];
  // Every mention has one polarity: the non-affirmed ones cannot outnumber the mentions.
  if (negated + denied + uncertain + hypothetical > count) return null;
  const clean = parseWords(words, isWord);
  if (clean === null) return null;
  const need = item.need ?? 0;
  if (!isCount(need) || need > count) return null;
  const hit: ThemeHit = { theme, count, negated, denied, uncertain, hypothetical, other, words: clean };
  return need > 0 ? { ...hit, need } : hit;
}

/** The hits of a `page:hits` message, or null when anything is off (unknown theme, long strings …). */
export function parseHits(value: unknown, isWord: Known['word']): ThemeHit[] | null {
  if (!Array.isArray(value) || value.length > THEME_IDS.length) return null;
  const out: ThemeHit[] = [];
  for (const item of value as unknown[]) {
    const hit = parseHit(item, isWord);
    if (hit === null || out.some((h) => h.theme === hit.theme)) return null;
    out.push(hit);
  }
  return out;
}

/**
 * The named resources of a `page:hits` message, or null when malformed. Well-formed ids that the
 * catalogue does not know (it may have changed since the page's vocabulary) are dropped.
 */
export function parseNamed(value: unknown, isKnown: Known['resource']): NamedHit[] | null {
  if (!Array.isArray(value) || value.length > MAX_NAMED) return null;
  const seen = new Set<string>();
  const out: NamedHit[] = [];
  for (const item of value as unknown[]) {
    if (!isEntry(item)) return null;
    const { id, count, negated } = item;
    if (typeof id !== 'string' || id.length > 100 || !RESOURCE_ID.test(id) || seen.has(id)) return null;
    if (!isCount(count) || count === 0 || !isCount(negated) || negated > count) return null;
    seen.add(id);
    if (isKnown(id)) out.push({ id, count, negated });
  }
  return out;
}

/** The summarised patient values of a `page:hits` message, or null when anything is off. */
export function parsePatient(value: unknown): PagePatient | null {
  if (!isEntry(value)) return null;
  const { age, otherAge, gender, interpreter, languages } = value;
  const otherGender = value.otherGender ?? null;
  if ((age !== null && !isAge(age)) || (otherAge !== null && !isAge(otherAge))) return null;
  if (otherGender !== null && otherGender !== 'woman' && otherGender !== 'man') return null;
  if (gender !== null && !(GENDERS as readonly unknown[]).includes(gender)) return null;
  if (typeof interpreter !== 'boolean') return null;
  // Absent in a report from a content script of an older version: no children read.
  const children = value.children ?? false;
  if (typeof children !== 'boolean') return null;
  if (!Array.isArray(languages) || languages.length > MAX_VALUES) return null;
  const codes: string[] = [];
  for (const code of languages as unknown[]) {
    if (typeof code !== 'string' || !LANGUAGE_CODE.test(code) || codes.includes(code)) return null;
    codes.push(code);
  }
  return {
    age,
    otherAge,
    otherGender,
    gender: gender as Gender | null,
    interpreter,
    languages: codes,
    children,
  };
}

export function parseAge(value: unknown): number | null | undefined {
  if (value === null) return null;
  return isAge(value) ? value : undefined;
}

/** A whole `page:hits` payload, or null: one malformed field refuses the report. */
export function parseReport(value: unknown, known: Known): PageReport | null {
  if (!isEntry(value)) return null;
  const hits = parseHits(value.hits, known.word);
  const named = parseNamed(value.named, known.resource);
  const patient = parsePatient(value.patient);
  const age = parseAge(value.age);
  if (hits === null || named === null || patient === null || age === undefined) return null;
  return { hits, named, patient, age };
}

/** Stored findings were checked against the catalogue when they came in: only their shape is read back. */
const STORED: Known = { resource: () => true, word: () => true };

/** The findings stored per tab (session:pageThemes), tab by tab: a damaged entry is left out. */
export function storedPageContexts(raw: unknown): Record<string, PageContext> {
  const out: Record<string, PageContext> = {};
  if (!isEntry(raw)) return out;
  for (const [tab, value] of Object.entries(raw)) {
    if (!/^\d{1,10}$/.test(tab) || !isEntry(value)) continue;
    const report = parseReport(value, STORED);
    const { suggestions, updatedAt } = value;
    if (report === null || !isCount(suggestions)) continue;
    if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) continue;
    out[tab] = { ...report, suggestions, updatedAt };
  }
  return out;
}

/**
 * A synthetic national catalogue of Swedish-like resources for benchmarks: seeded, so every
 * run (and every engine) sees the same entries. Names are compounds ("Ungdomsmottagning",
 * "Kvinnojour") plus a town; a few planted entries carry the quality-set targets.
 */
import type { Resource } from '../../data/schema.ts';
import { THEME_IDS } from '../../data/themes.ts';
import { HEADS, KEYWORDS, ORGS, TAILS, TOWNS, WORDS } from './gen-words.ts';

/** mulberry32: tiny, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Entries the recall set looks for; their names do not occur among generated ones. */
export const PLANTED: { id: string; name: string; organisation: string }[] = [
  {
    id: 'planted-kvinnofridslinjen',
    name: 'Kvinnofridslinjen',
    organisation: 'Nationellt centrum för kvinnofrid',
  },
  {
    id: 'planted-ungdomsmottagning-tvaaker',
    name: 'Ungdomsmottagningen Tvååker',
    organisation: 'Region Halland',
  },
  {
    id: 'planted-diabetesmottagning-kungsbacka',
    name: 'Diabetesmottagningen Kungsbacka',
    organisation: 'Region Halland',
  },
  { id: 'planted-manniskohandel', name: 'Människohandelsteamet Halmstad', organisation: 'Polismyndigheten' },
  { id: 'planted-sjalvskadelinjen', name: 'Självskadelinjen Varberg', organisation: 'Föreningen Självhjälp' },
  {
    id: 'planted-ostgota-kvinnojour',
    name: 'Östgöta kvinnojour Ödeshög',
    organisation: 'Föreningen Östgöta jour',
  },
];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rand, WORDS));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function entry(id: string, name: string, organisation: string, rand: () => number): Resource {
  const phone = `0${10 + Math.floor(rand() * 89)}-${100 + Math.floor(rand() * 899)} ${10 + Math.floor(rand() * 89)} ${10 + Math.floor(rand() * 89)}`;
  return {
    kind: 'support-service',
    id,
    name,
    organisation,
    purpose: sentence(rand, 8 + Math.floor(rand() * 8))
      .slice(0, 160)
      .padEnd(10, '.'),
    description: [sentence(rand, 14), sentence(rand, 12), sentence(rand, 10)].join(' '),
    audience: ['patient'],
    eligibility: { age: 'unknown', gender: 'unknown', hbtqi: 'unknown' },
    channels: [{ type: 'phone', number: phone, hours: 'unknown' }],
    anonymity: 'unknown',
    cost: 'unknown',
    languages: 'unknown',
    coverage: { scope: 'regions', regions: [String(1 + Math.floor(rand() * 25)).padStart(2, '0')] },
    // One random draw per resource, as before, so the same seed gives the same catalogue.
    serves: { [pick(rand, THEME_IDS)]: 0.8 } as Resource['serves'],
    aliases: [],
    keywords: [pick(rand, KEYWORDS), pick(rand, KEYWORDS)],
    sources: [{ url: 'https://example.org/', label: 'Syntetisk' }],
    verified: '2025-03-01',
  };
}

/** `count` resources (planted ones spread through the list), identical for the same seed. */
export function generateCatalogue(count = 10_000, seed = 20251128): Resource[] {
  const rand = prng(seed);
  const out: Resource[] = [];
  const stride = Math.max(1, Math.floor(count / (PLANTED.length + 1)));
  let planted = 0;
  for (let i = 0; out.length < count; i++) {
    const p = PLANTED[planted];
    if (p !== undefined && i > 0 && i % stride === 0) {
      out.push(entry(p.id, p.name, p.organisation, rand));
      planted++;
      continue;
    }
    const name = `${pick(rand, HEADS)}${pick(rand, TAILS)} ${pick(rand, TOWNS)}`;
    out.push(entry(`gen-${i}`, name, `${pick(rand, ORGS)} ${pick(rand, TOWNS)}`, rand));
  }
  return out;
}

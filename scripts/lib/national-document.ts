/**
 * A synthetic national catalogue document for tests and benchmarks: seeded and deterministic, so
 * every run sees the same bytes. About 10,000 resources across all 21 counties (≈ 14 MB of JSON),
 * thousands of distinct opening-hours expressions, and the same services (Ungdomsmottagningen,
 * Kvinnojouren, Socialjouren …) in many towns, run by different organisations.
 *
 * Nothing in it is a fact. Every phone number starts with "000-", which is no Swedish area code,
 * so it cannot be dialled, and every channel says "Påhittat nummer (testdata)". Web addresses are
 * on example.org (reserved for examples). The file is never committed: tests and benchmarks
 * generate it (`npx tsx scripts/national-document.ts --out <file>`).
 */
import { COUNTIES, COUNTY_CODES, type CountyCode } from '../../data/counties.ts';
import type { Channel, Resource } from '../../data/schema.ts';
import { THEME_IDS } from '../../data/themes.ts';
import { hoursPool, seeded, TOWNS, WORDS } from './national-parts.ts';
import { SERVICES, type Service } from './national-services.ts';

export interface NationalOptions {
  /** Number of resources (default 10,000) */
  count?: number;
  seed?: number;
  /** Distinct opening-hours expressions to draw from (default 3,700) */
  hoursExpressions?: number;
  /** The same bare name ("Kvinnojouren") in every town, as a real national catalogue has. */
  bareNames?: boolean;
  version?: string;
  /** The extension's vocabulary and parts, so the document is complete. */
  vocabulary: unknown[];
  parts: unknown[];
}

export interface NationalDocument {
  format: 'hanvisa-catalogue/1';
  version: string;
  published: string;
  resources: Resource[];
  vocabulary: unknown[];
  parts: unknown[];
}

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;

function sentence(rand: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pick(rand, WORDS));
  const text = out.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** A number that cannot be dialled: "000" is no Swedish area code. */
function fakeNumber(rand: () => number): string {
  const two = () => String(10 + Math.floor(rand() * 90));
  return `000-${100 + Math.floor(rand() * 900)} ${two()} ${two()}`;
}

function organisation(service: Service, town: string, county: CountyCode, rand: () => number): string {
  if (service.runBy === 'region') return `Region ${COUNTIES[county].replace(/s? län$/, '')}`;
  if (service.runBy === 'kommun') return `${town} kommun`;
  return `Föreningen ${pick(rand, ['Trygg', 'Stöd', 'Jour', 'Vän', 'Hopp'])} ${town}`;
}

/** The document: resources sorted by id, the extension's vocabulary and parts. */
export function generateNationalDocument(options: NationalOptions): NationalDocument {
  const { count = 10_000, seed = 20261206, hoursExpressions = 3_700, bareNames = false } = options;
  const rand = seeded(seed);
  const pool = hoursPool(rand, hoursExpressions);
  // Favour the first expressions, as real schedules cluster around a few common ones.
  const hours = () => pool[Math.floor(pool.length * rand() ** 1.6)] as string;
  const places: { county: CountyCode; town: string }[] = COUNTY_CODES.flatMap((county) =>
    TOWNS[county].map((town) => ({ county, town })),
  );
  const resources: Resource[] = [];
  const ids = new Set<string>();
  for (let i = 0; resources.length < count; i++) {
    const place = places[i % places.length] as (typeof places)[number];
    const service = SERVICES[Math.floor(i / places.length) % SERVICES.length] as Service;
    const round = Math.floor(i / (places.length * SERVICES.length));
    const site = round === 0 ? '' : ` ${round + 1}`;
    let id = slug(`${service.name}-${place.town}${site}`);
    if (ids.has(id)) id = `${id}-${i}`;
    ids.add(id);
    const source = `https://example.org/${id}`;
    const channels: Channel[] = [
      {
        type: 'phone',
        number: fakeNumber(rand),
        hours: rand() < 0.1 ? 'unknown' : { osm: hours(), source },
        note: 'Påhittat nummer (testdata)',
        source,
      },
    ];
    if (rand() < 0.5)
      channels.push({ type: 'chat', url: `${source}/chatt`, hours: { osm: hours() }, note: 'Testdata' });
    if (rand() < 0.4)
      channels.push({
        type: 'visit',
        address: `Testgatan ${1 + (i % 90)}, ${place.town}`,
        hours: { osm: hours() },
      });
    channels.push({ type: 'web', url: source });
    const name = bareNames ? service.name : `${service.name} ${place.town}${site}`;
    const minAge = rand() < 0.3 ? 13 + Math.floor(rand() * 6) : null;
    resources.push({
      kind: service.kind,
      id,
      name,
      organisation: organisation(service, place.town, place.county, rand),
      purpose: `${service.name} i ${place.town}: ${sentence(rand, 6 + Math.floor(rand() * 6))}`.slice(0, 160),
      description: [sentence(rand, 14), sentence(rand, 10)].join(' '),
      audience: rand() < 0.2 ? ['staff'] : ['patient', 'relatives'],
      eligibility: {
        age: minAge === null ? 'unknown' : { min: minAge, max: 25 + Math.floor(rand() * 10) },
        gender: 'unknown',
        hbtqi: service.serves.hbtqi === 0.9,
      },
      channels,
      anonymity: pick(rand, ['anonymous', 'optional', 'unknown'] as const),
      cost: rand() < 0.5 ? { free: true, source } : 'unknown',
      languages:
        rand() < 0.5
          ? { languages: ['sv', pick(rand, ['en', 'ar', 'fa', 'so'])], interpreter: true }
          : 'unknown',
      coverage: { scope: 'regions', regions: [place.county] },
      serves: service.serves,
      aliases: [],
      keywords: [...service.words, place.town, `${place.town} kommun`],
      ...(service.kind === 'training' ? { format: 'web' as const, duration: 'unknown' as const } : {}),
      sources: [{ url: source, label: 'Syntetisk testdata', kind: 'organisation' as const, date: '2026-01' }],
      verified: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      unknownNote: 'Syntetisk testpost.',
    } as Resource);
  }
  resources.sort((a, b) => a.id.localeCompare(b.id));
  return {
    format: 'hanvisa-catalogue/1',
    version: options.version ?? '2026-12-06.1',
    published: '2026-12-06T06:00:00.000Z',
    resources,
    vocabulary: options.vocabulary,
    parts: options.parts,
  };
}

/** Distinct opening-hours expressions a document uses. */
export function distinctHours(document: Pick<NationalDocument, 'resources'>): number {
  const seen = new Set<string>();
  for (const r of document.resources)
    for (const c of r.channels)
      if ('hours' in c && typeof c.hours === 'object' && 'osm' in c.hours) seen.add(c.hours.osm);
  return seen.size;
}

export { THEME_IDS };

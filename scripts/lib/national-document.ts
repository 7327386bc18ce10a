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
import { THEME_IDS, type ThemeId } from '../../data/themes.ts';

/** mulberry32: tiny, fast, good enough for test data. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Some municipalities of each county (place names only; nothing else about them is claimed). */
export const TOWNS: Record<CountyCode, readonly string[]> = {
  '01': ['Stockholm', 'Södertälje', 'Norrtälje', 'Huddinge', 'Nacka', 'Solna', 'Järfälla', 'Botkyrka'],
  '03': ['Uppsala', 'Enköping', 'Östhammar', 'Tierp', 'Knivsta'],
  '04': ['Eskilstuna', 'Nyköping', 'Katrineholm', 'Strängnäs', 'Flen'],
  '05': ['Linköping', 'Norrköping', 'Motala', 'Mjölby', 'Finspång', 'Ödeshög'],
  '06': ['Jönköping', 'Värnamo', 'Nässjö', 'Tranås', 'Eksjö'],
  '07': ['Växjö', 'Ljungby', 'Älmhult', 'Alvesta'],
  '08': ['Kalmar', 'Västervik', 'Oskarshamn', 'Nybro', 'Vimmerby'],
  '09': ['Gotland', 'Visby'],
  '10': ['Karlskrona', 'Karlshamn', 'Ronneby', 'Sölvesborg'],
  '12': ['Malmö', 'Helsingborg', 'Lund', 'Kristianstad', 'Landskrona', 'Trelleborg', 'Ystad', 'Hässleholm'],
  '13': ['Halmstad', 'Varberg', 'Kungsbacka', 'Falkenberg', 'Laholm', 'Hylte'],
  '14': ['Göteborg', 'Borås', 'Trollhättan', 'Skövde', 'Uddevalla', 'Alingsås', 'Lidköping', 'Kungälv'],
  '17': ['Karlstad', 'Arvika', 'Kristinehamn', 'Torsby'],
  '18': ['Örebro', 'Karlskoga', 'Lindesberg', 'Kumla'],
  '19': ['Västerås', 'Köping', 'Sala', 'Arboga'],
  '20': ['Falun', 'Borlänge', 'Mora', 'Ludvika', 'Avesta'],
  '21': ['Gävle', 'Sandviken', 'Hudiksvall', 'Bollnäs', 'Söderhamn'],
  '22': ['Sundsvall', 'Härnösand', 'Örnsköldsvik', 'Sollefteå'],
  '23': ['Östersund', 'Strömsund', 'Åre', 'Härjedalen'],
  '24': ['Umeå', 'Skellefteå', 'Lycksele', 'Vilhelmina'],
  '25': ['Luleå', 'Piteå', 'Boden', 'Kiruna', 'Gällivare', 'Haparanda'],
};

interface Service {
  name: string;
  kind: Resource['kind'];
  serves: Partial<Record<ThemeId, number>>;
  words: string[];
  /** Who runs it: region, municipality or an association */
  runBy: 'region' | 'kommun' | 'förening';
}

/** The services a town has; each becomes "<name> <town>" (or, with bareNames, just the name). */
const SERVICES: Service[] = [
  {
    name: 'Ungdomsmottagningen',
    kind: 'support-service',
    serves: { 'egen-sexualitet': 0.8, 'sex-mot-ersattning': 0.6, hbtqi: 0.5 },
    words: ['UMO', 'preventivmedel', 'STI', 'kurator', 'barnmorska'],
    runBy: 'region',
  },
  {
    name: 'Kvinnojouren',
    kind: 'support-service',
    serves: { 'vald-nara-relation': 0.9, 'sexuellt-vald': 0.7, hedersrelaterat: 0.5 },
    words: ['skyddat boende', 'stödsamtal', 'våld i nära relation'],
    runBy: 'förening',
  },
  {
    name: 'Socialjouren',
    kind: 'support-service',
    serves: { 'akut-fara': 0.4, 'barn-sexuell-exploatering': 0.7, 'vald-nara-relation': 0.6 },
    words: ['socialtjänst', 'orosanmälan', 'LVU'],
    runBy: 'kommun',
  },
  {
    name: 'Tjejjouren',
    kind: 'chat',
    serves: { 'sexuellt-vald': 0.6, 'sex-mot-ersattning': 0.5 },
    words: ['chatt', 'unga tjejer', 'anonymt'],
    runBy: 'förening',
  },
  {
    name: 'Killfrågor',
    kind: 'chat',
    serves: { 'egen-sexualitet': 0.5, sjalvskada: 0.4 },
    words: ['chatt', 'unga killar'],
    runBy: 'förening',
  },
  {
    name: 'Mottagningen för sexuell hälsa',
    kind: 'support-service',
    serves: { 'egen-sexualitet': 0.7, hbtqi: 0.6 },
    words: ['STI', 'PrEP', 'testning'],
    runBy: 'region',
  },
  {
    name: 'Familjecentralen',
    kind: 'support-service',
    serves: { 'vald-nara-relation': 0.4 },
    words: ['föräldrastöd', 'barnhälsovård'],
    runBy: 'kommun',
  },
  {
    name: 'Brottsofferjouren',
    kind: 'support-service',
    serves: { 'sexuellt-vald': 0.6, 'vald-nara-relation': 0.6 },
    words: ['brottsoffer', 'polisanmälan', 'stödperson'],
    runBy: 'förening',
  },
  {
    name: 'Mansmottagningen',
    kind: 'support-service',
    serves: { 'vald-nara-relation': 0.6, sexkop: 0.5 },
    words: ['män som utövar våld', 'behandling'],
    runBy: 'kommun',
  },
  {
    name: 'Beroendemottagningen',
    kind: 'support-service',
    serves: { sjalvskada: 0.4 },
    words: ['missbruk', 'beroende', 'alkohol'],
    runBy: 'region',
  },
  {
    name: 'Stödcentrum för unga brottsutsatta',
    kind: 'support-service',
    serves: { 'sexuellt-vald': 0.5, 'barn-sexuell-exploatering': 0.5 },
    words: ['unga', 'brottsutsatta'],
    runBy: 'kommun',
  },
  {
    name: 'Hedersförtryck stödlinjen',
    kind: 'helpline',
    serves: { hedersrelaterat: 0.9 },
    words: ['hedersrelaterat våld', 'tvångsäktenskap'],
    runBy: 'förening',
  },
  {
    name: 'Barn- och ungdomspsykiatrin',
    kind: 'support-service',
    serves: { sjalvskada: 0.7 },
    words: ['BUP', 'psykiatri', 'unga'],
    runBy: 'region',
  },
  {
    name: 'Vuxenpsykiatrins akutmottagning',
    kind: 'support-service',
    serves: { sjalvskada: 0.8, 'akut-fara': 0.5 },
    words: ['psykiatrisk akut', 'kris'],
    runBy: 'region',
  },
  {
    name: 'Kriscentrum',
    kind: 'support-service',
    serves: { 'vald-nara-relation': 0.5, 'akut-fara': 0.3 },
    words: ['krisstöd', 'samtal'],
    runBy: 'kommun',
  },
  {
    name: 'Mikamottagningen',
    kind: 'support-service',
    serves: { 'sex-mot-ersattning': 0.9, manniskohandel: 0.6 },
    words: ['sex mot ersättning', 'prostitution', 'SMOE'],
    runBy: 'kommun',
  },
  {
    name: 'Regionkoordinator mot människohandel',
    kind: 'regional-contact',
    serves: { manniskohandel: 0.9, 'sex-mot-ersattning': 0.5 },
    words: ['NMT', 'trafficking', 'exploatering'],
    runBy: 'kommun',
  },
  {
    name: 'Barnahus',
    kind: 'support-service',
    serves: { 'barn-sexuell-exploatering': 0.9, 'sexuellt-vald': 0.6 },
    words: ['barn', 'samverkan', 'förhör'],
    runBy: 'region',
  },
  {
    name: 'Våld i nära relation – utbildning',
    kind: 'training',
    serves: { 'vald-nara-relation': 0.5 },
    words: ['utbildning', 'personal', 'kompetens'],
    runBy: 'region',
  },
  {
    name: 'Hbtqi-mottagningen',
    kind: 'support-service',
    serves: { hbtqi: 0.9 },
    words: ['hbtqi', 'transperson', 'stödsamtal'],
    runBy: 'förening',
  },
];

const WORDS = [
  'stöd',
  'samtal',
  'våld',
  'relationer',
  'hälsa',
  'unga',
  'vuxna',
  'anhöriga',
  'personal',
  'rådgivning',
  'anonymt',
  'kostnadsfritt',
  'kvällar',
  'helger',
  'människohandel',
  'prostitution',
  'sexualitet',
  'trygghet',
  'skyddat',
  'boende',
  'behandling',
  'missbruk',
  'självskada',
  'övergrepp',
  'utbildning',
  'kurator',
  'barnmorska',
  'läkare',
  'chatt',
  'telefon',
  'hbtqi',
  'hedersrelaterat',
  'förtryck',
  'ensamkommande',
  'nyanlända',
  'tolk',
  'tidsbokning',
  'drop-in',
  'väntetid',
  'remiss',
];

const DAY_SETS = [
  'Mo-Fr',
  'Mo-Th',
  'Mo-We',
  'Tu-Fr',
  'Mo,We,Fr',
  'Tu,Th',
  'Mo-Sa',
  'Mo-Su',
  'We-Su',
  'Mo,Tu,Th',
];
const SUFFIXES = [
  '; PH off',
  '; Dec 24,31 off; PH off',
  '',
  '; Jul off; PH off',
  '; Jun 20-Aug 10 off; PH off',
  '; week 28-31 off; PH off',
  '; Dec 23-Jan 6 off; PH off',
  '; Sa 10:00-14:00; PH off',
];

const hhmm = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** About `count` distinct, warning-free opening_hours expressions. */
export function hoursPool(rand: () => number, count: number): string[] {
  const pool = new Set<string>(['24/7', 'Mo-Fr 08:00-16:00; PH off', 'Mo-Fr 09:00-16:30; PH off']);
  while (pool.size < count) {
    const days = DAY_SETS[Math.floor(rand() * DAY_SETS.length)] as string;
    const open = 7 * 60 + 15 * Math.floor(rand() * 12); // 07:00 … 09:45
    const close = 15 * 60 + 15 * Math.floor(rand() * 20); // 15:00 … 19:45
    const shape = rand();
    let rule: string;
    if (shape < 0.5) rule = `${days} ${hhmm(open)}-${hhmm(close)}`;
    else if (shape < 0.75) {
      const lunch = 11 * 60 + 30 + 15 * Math.floor(rand() * 6);
      rule = `${days} ${hhmm(open)}-${hhmm(lunch)},${hhmm(lunch + 45)}-${hhmm(close)}`;
    } else if (shape < 0.9) {
      const friday = close - 15 * (1 + Math.floor(rand() * 8));
      rule = `Mo-Th ${hhmm(open)}-${hhmm(close)}; Fr ${hhmm(open)}-${hhmm(friday)}`;
    } else {
      const evening = 17 * 60 + 15 * Math.floor(rand() * 12);
      rule = `${days} ${hhmm(evening)}-${hhmm(evening + 180)}`;
    }
    const suffix = SUFFIXES[Math.floor(rand() * SUFFIXES.length)] as string;
    // "Sa …" after a rule that already covers Saturday would overwrite it: the engine warns.
    if (suffix.startsWith('; Sa') && /Sa|Su/.test(rule)) continue;
    pool.add(`${rule}${suffix}`);
  }
  return [...pool];
}

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

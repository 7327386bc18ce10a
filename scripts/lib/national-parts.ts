/**
 * The small parts the synthetic national document (national-document.ts) is made of: a seeded
 * random source, town names per county, filler words and opening-hours expressions.
 */
import type { CountyCode } from '../../data/counties.ts';

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

export const WORDS = [
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

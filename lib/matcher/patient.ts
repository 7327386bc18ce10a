/**
 * What a note says of the patient: age ("17 år", "17-årig", "f. 2009"), gender ("Kvinna, 34 år",
 * "transman", pronouns), and a language need ("talar ingen svenska", "tolk", "på arabiska"). Only
 * numbers and codes come out. Ages of someone else ("15-åriga dottern", "dottern 15 år") are kept
 * apart, for when the note is about that person.
 */
import { OTHER_PEOPLE } from './cues.ts';
import { foldWord } from './text.ts';
import { emptyPatient, MAX_VALUES, type PatientFacts } from './types.ts';

const AGE = /(\d{1,3})\s?(?:-\s?)?(?:år|ar|åå)(ig|iga|ige|ing|ingen|iga|s)?(?![\p{L}\p{N}])/giu;
const BIRTH = /(?:^|[^\p{L}])(?:född|fodd|f\.?)\s?((?:19|20)\d\d)(?!\d)/giu;
/** Words before "N år" that make it a duration or a time, not an age. */
const BARE_AGE =
  /(?:^|[^\p{L}])(pat|pt|patienten|kvinna|man|flicka|pojke|tjej|kille|dotter|dottern|son|sonen|kompis|kompisen|väninna|väninnan|syster|systern|bror|brodern|vän|vännen)\s*[,(]?\s*(\d{1,2})\s*(?:[,)]|\.(?!\d)|$)/giu;
const NOT_AGE_BEFORE = new Set(
  'för i sedan sen under efter inom på vid om ca cirka över från till mellan senaste sista varje per x gång halvt ett två tre fyra fem drygt nästan knappt minst max ungefär omkring runt hela ytterligare'.split(
    ' ',
  ),
);
const NOT_AGE_AFTER = new Set([
  'sedan',
  'sen',
  'tillbaka',
  'framåt',
  'senare',
  'gammalt',
  'av',
  'i',
  'med',
  'på',
]);
const PERSON =
  /^(kvinna|kvinnan|man|mannen|flicka|flickan|pojke|pojken|tjej|tjejen|kille|killen|transkvinna|transman|ickebinar|dam|herre)$/;
const WOMAN = new Set(['kvinna', 'kvinnan', 'flicka', 'flickan', 'tjej', 'tjejen', 'dam']);
const MAN = new Set(['man', 'mannen', 'pojke', 'pojken', 'kille', 'killen', 'herre']);
const IDENTITY =
  /(?:^|[^\p{L}])(trans\s?kvinna|trans\s?man|trans\s?tjej|trans\s?kille|icke[\s-]?binär|ickebinar|icke[\s-]?binar)(?![\p{L}])/giu;
const PRONOUN = /(?:^|[^\p{L}])(hon|henne|han|honom)(?![\p{L}])/giu;
const PREPOSITIONS = new Set([
  'för',
  'for',
  'mot',
  'med',
  'av',
  'till',
  'på',
  'pa',
  'om',
  'från',
  'fran',
  'hos',
  'åt',
  'at',
  'än',
  'an',
]);
const NO_SWEDISH =
  /(?:talar|pratar|förstår|forstar|kan)\s+(?:ingen|inte|ej|dålig|dalig|lite|knappt|bristfällig|bristfallig)\s+svenska/giu;
const INTERPRETER =
  /(?:^|[^\p{L}])(tolk|tolken|tolkbehov|telefontolk|kontakttolk|platstolk|tolkat|tolkade|tolkas)(?![\p{L}])/giu;
const NO_INTERPRETER =
  /(ingen|ej|inte|utan|behövs\s+inte|behovs\s+inte|behövs\s+ej|behovs\s+ej|ej\s+behov\s+av|inget\s+behov\s+av)\s*$/u;
const LANGUAGES: Record<string, string> = {
  arabiska: 'ar',
  engelska: 'en',
  somaliska: 'so',
  tigrinja: 'ti',
  tigrinska: 'ti',
  dari: 'prs',
  persiska: 'fa',
  farsi: 'fa',
  kurdiska: 'ku',
  sorani: 'ckb',
  kurmanji: 'kmr',
  polska: 'pl',
  rumänska: 'ro',
  rumanska: 'ro',
  ryska: 'ru',
  ukrainska: 'uk',
  spanska: 'es',
  thai: 'th',
  thailändska: 'th',
  thailandska: 'th',
  vietnamesiska: 'vi',
  kinesiska: 'zh',
  mandarin: 'zh',
  tyska: 'de',
  franska: 'fr',
  bulgariska: 'bg',
  albanska: 'sq',
  bosniska: 'bs',
  serbiska: 'sr',
  kroatiska: 'hr',
  turkiska: 'tr',
  finska: 'fi',
  amhariska: 'am',
  pashto: 'ps',
  urdu: 'ur',
  romani: 'rom',
  ungerska: 'hu',
  litauiska: 'lt',
  lettiska: 'lv',
  estniska: 'et',
  portugisiska: 'pt',
  italienska: 'it',
  tagalog: 'tl',
  swahili: 'sw',
  hindi: 'hi',
  bengali: 'bn',
};
const LANGUAGE = new RegExp(
  `(?:^|[^\\p{L}])(?:(på|talar|pratar|förstår|forstar|endast|bara|modersmål|modersmal|tolk|språk|sprak)\\s+)?(${Object.keys(LANGUAGES).join('|')})(talande)?(?![\\p{L}])`,
  'giu',
);
const SPEAKING =
  /(arabisk|somalisk|persisk|kurdisk|polsk|rumänsk|rumansk|rysk|ukrainsk|spansk|engelsk|thailändsk|vietnamesisk|kinesisk|tysk|fransk|bulgarisk|albansk|turkisk|finsk)talande/giu;

function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{N}]+)[^\p{L}\p{N}]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? foldWord(m[1] ?? '') : '';
}

function wordAfter(text: string, at: number): string {
  const m = /^[^\p{L}\p{N}\n.!?;]*([\p{L}\p{N}]+)/u.exec(text.slice(at, at + 30));
  return m ? foldWord(m[1] ?? '') : '';
}

function push(list: number[] | string[], value: never): void {
  if (list.length < MAX_VALUES && !(list as unknown[]).includes(value)) (list as unknown[]).push(value);
}

function readAges(text: string, out: PatientFacts, year: number): void {
  for (const m of text.matchAll(AGE)) {
    const age = Number(m[1]);
    const suffix = (m[2] ?? '').toLowerCase();
    if (suffix === 's' || age < 1 || age > 110) continue;
    const at = m.index ?? 0;
    const before = wordBefore(text, at);
    const after = wordAfter(text, at + m[0].length);
    if (NOT_AGE_BEFORE.has(before) || NOT_AGE_AFTER.has(after)) continue;
    if (/\d/.test(text.charAt(at - 1)) || text.charAt(at - 1) === ',' || text.charAt(at - 1) === '.')
      continue;
    const adjective = suffix.startsWith('ig') || suffix.startsWith('ing');
    // "en 20-årig kille", "av en 35-årig man": a third person, neither the patient nor a relative.
    if (
      adjective &&
      /(?:^|[^\p{L}])(?:en|ett|av|med|till|hos)\s*$/iu.test(text.slice(Math.max(0, at - 12), at))
    )
      continue;
    const person = adjective ? after : before;
    const other = OTHER_PEOPLE.has(person) || (adjective && OTHER_PEOPLE.has(before));
    if (PERSON.test(person)) addGender(out, person, 4);
    push(other ? out.otherAges : out.ages, age as never);
  }
  // "Pat, 16, har …", "kompis, 17,", "dottern (15)", "Kvinna 26."
  for (const m of text.matchAll(BARE_AGE)) {
    const age = Number(m[2]);
    const person = foldWord(m[1] ?? '');
    if (age < 1 || age > 110) continue;
    if (PERSON.test(person)) addGender(out, person, 4);
    push(OTHER_PEOPLE.has(person) ? out.otherAges : out.ages, age as never);
  }
  for (const m of text.matchAll(BIRTH)) {
    const age = year - Number(m[1]);
    if (age >= 0 && age <= 110) push(out.ages, age as never);
  }
}

function addGender(out: PatientFacts, word: string, weight: number): void {
  const w = foldWord(word).replace(/[\s-]/g, '');
  if (WOMAN.has(w)) out.gender.woman += weight;
  else if (MAN.has(w)) out.gender.man += weight;
  else if (w.startsWith('trans')) out.gender.trans += weight;
  else if (w.startsWith('icke')) out.gender.nonbinary += weight;
}

function readGender(text: string, out: PatientFacts): void {
  for (const m of text.matchAll(IDENTITY)) addGender(out, m[1] ?? '', 4);
  // "Kvinna, asylsökande …" and "Tjej 19, UM" at the start of a line or sentence.
  for (const m of text.matchAll(
    /(?:^|[\n.:;!?]\s*)(kvinna|flicka|pojke|tjej|kille|man(?=\s*,))(?![\p{L}])/giu,
  )) {
    addGender(out, m[1] ?? '', 4);
  }
  // "Pat 31 år, kvinna."
  for (const m of text.matchAll(
    /\d{1,2}\s?(?:år|ar),?\s+(kvinna|man|flicka|pojke|tjej|kille)(?![\p{L}])/giu,
  )) {
    addGender(out, m[1] ?? '', 4);
  }
  // "Kvinna, 34 år" and "Man 45 år" at the start of a line or sentence.
  for (const m of text.matchAll(
    /(?:^|[\n.:;]\s*)(kvinna|man|flicka|pojke|tjej|kille)\s*,?\s*\(?\d{1,2}\s?(?:år|ar)/giu,
  )) {
    addGender(out, m[1] ?? '', 4);
  }
  for (const m of text.matchAll(PRONOUN)) {
    const at = (m.index ?? 0) + m[0].length - (m[1]?.length ?? 0);
    // "rädd för honom", "slagen av honom": after a preposition a pronoun is usually the other person.
    if (PREPOSITIONS.has(wordBefore(text, at))) continue;
    const p = (m[1] ?? '').toLowerCase();
    if (p === 'hon' || p === 'henne') out.gender.woman += 1;
    else out.gender.man += 1;
  }
}

function readLanguage(text: string, out: PatientFacts): void {
  for (const _ of text.matchAll(NO_SWEDISH)) out.interpreter++;
  for (const m of text.matchAll(INTERPRETER)) {
    const at = m.index ?? 0;
    const before = foldWord(text.slice(Math.max(0, at - 25), at + m[0].length - (m[1]?.length ?? 0)));
    const after = foldWord(text.slice(at + m[0].length, at + m[0].length + 20));
    if (
      NO_INTERPRETER.test(before) ||
      /^\s*(behovs\s+(inte|ej)|ej\s+aktuell|inte\s+aktuell|som\s)/.test(after)
    )
      continue;
    if ((m[1] ?? '').toLowerCase() === 'tolkas' && /^\s*som/.test(after)) continue;
    out.interpreter++;
  }
  for (const m of text.matchAll(LANGUAGE)) {
    if (m[1] === undefined && m[3] === undefined) continue;
    const code = LANGUAGES[foldWord(m[2] ?? '')] ?? LANGUAGES[(m[2] ?? '').toLowerCase()];
    if (code) push(out.languages, code as never);
  }
  for (const m of text.matchAll(SPEAKING)) {
    const code = LANGUAGES[`${foldWord(m[1] ?? '')}a`] ?? LANGUAGES[`${(m[1] ?? '').toLowerCase()}a`];
    if (code) push(out.languages, code as never);
  }
}

export function readPatient(text: string, year: number): PatientFacts {
  const out = emptyPatient();
  readAges(text, out, year);
  readGender(text, out);
  readLanguage(text, out);
  return out;
}

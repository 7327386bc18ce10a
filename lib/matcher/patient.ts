/**
 * What a note says of the patient: age ("17 år", "17-årig", "f. 2009", "Pat, 16,"), gender
 * ("Kvinna, 34 år", "transman", pronouns), and a language need ("talar ingen svenska", "tolk",
 * "på arabiska"). The cue words are terms of the lexicon pass (PATIENT_SETS), so a page costs one
 * pass; each cue is then read in a few characters around it. Only numbers and codes come out.
 * Ages of someone else ("15-åriga dottern", "dottern 15 år") are kept apart.
 */
import type { Term } from '../../data/vocabulary-schema.ts';
import { compileLexicon } from './compile.ts';
import { CHILD_TERMS, readChild } from './patient-children.ts';
import { lineBirthYears, SCHOOL_TERMS, schoolAge, spelledAgeAfter } from './patient-school.ts';
import {
  GAY,
  INTERPRETER,
  LANGUAGES,
  LESBIAN,
  MAN,
  NONBINARY,
  PATIENT,
  SPEAKERS,
  TRANS,
  WOMAN,
  WOMAN_CARE,
} from './patient-words.ts';
import { OTHER_PEOPLE, PARTNER_PEOPLE } from './people-words.ts';
import type { Token } from './sentences.ts';
import { foldWord } from './text.ts';
import { emptyPatient, MAX_VALUES, type PatientFacts } from './types.ts';

type Kind =
  | 'age'
  | 'school'
  | 'woman'
  | 'birth'
  | 'person'
  | 'identity'
  | 'orientation'
  | 'interpreter'
  | 'swedish'
  | 'language'
  | 'child';
const exact = (words: readonly string[]): Term[] => words.map((term) => ({ term, match: 'exact' }));

/** The cue words, one set per kind, added to the reader's lexicon after the catalogue's sets. */
export const PATIENT_SETS: readonly { kind: Kind; terms: Term[] }[] = [
  {
    kind: 'age',
    terms: [...exact(['år']), { term: 'årig', match: 'inflect' }, { term: 'åring', match: 'inflect' }],
  },
  { kind: 'school', terms: SCHOOL_TERMS },
  // Care only a woman gets ("Gravid v 20", "MVC", "spekulum"): as strong a sign as "kvinna, 34".
  { kind: 'woman', terms: exact(WOMAN_CARE) },
  { kind: 'birth', terms: exact(['född']) },
  { kind: 'person', terms: exact([...WOMAN, ...MAN, ...PATIENT, ...OTHER_PERSON_WORDS()]) },
  { kind: 'identity', terms: exact([...TRANS, ...NONBINARY]) },
  // "lesbisk" is most often said of a woman and "gay", "bög" of a man: weaker than "kvinna, 34".
  { kind: 'orientation', terms: exact([...LESBIAN, ...GAY]) },
  { kind: 'interpreter', terms: exact(INTERPRETER) },
  { kind: 'swedish', terms: exact(['svenska']) },
  { kind: 'language', terms: exact([...Object.keys(LANGUAGES), ...Object.keys(SPEAKERS)]) },
  { kind: 'child', terms: CHILD_TERMS },
];

function OTHER_PERSON_WORDS(): string[] {
  return [
    'dotter',
    'dottern',
    'son',
    'sonen',
    'kompis',
    'kompisen',
    'väninna',
    'väninnan',
    'syster',
    'systern',
    'lillebror',
    'lillasyster',
    'storebror',
    'storasyster',
    'systerdotter',
    'brorsdotter',
    'systerson',
    'brorson',
    'barnbarnet',
    'kusin',
    'kusinen',
    'systerdottern',
    'brorsdottern',
    'systersonen',
    'brorsonen',
    'dotterdottern',
    'sondottern',
    'dottersonen',
    'sonsonen',
    'barnbarn',
  ];
}

const NOT_AGE_BEFORE = new Set(
  'for i sedan sen under efter inom pa vid om ca cirka over fran till mellan senaste sista varje per x gang halvt ett tva tre fyra fem drygt nastan knappt minst max ungefar omkring runt hela ytterligare'.split(
    ' ',
  ),
);
/** Words after a number that make it something other than an age. */
const UNITS = new Set(
  'ar veckor vecka v dagar dag dygn timmar timme tim h min minuter manader manad mg g kg st ggr ganger gang barn cm mm ml l kr procent graviditeter partus'.split(
    ' ',
  ),
);
const NOT_AGE_AFTER = new Set(['sedan', 'sen', 'tillbaka', 'framat', 'senare', 'gammalt', 'i', 'pa']);
/** "Kvinna ca 30 år": an approximate age after a word for the patient. */
const APPROXIMATE = new Set(['ca', 'cirka', 'omkring', 'ungefar']);
const THIRD_PERSON = /(?:^|[^\p{L}])(?:en|ett|av|med|till|hos)\s*$/iu;
/** A parent named before a child's age noun ("pappa till 9-åring", "mamma till en 12-åring"). */
const PARENT_OF =
  /(?:^|[^\p{L}])(?:mamma|pappa|mor|far|förälder|foralder|vårdnadshavare|vardnadshavare)\s+till\s+(?:en\s+|ett\s+)?$/iu;
/** "Pat är en 17-åring", "Pt, en 16-åring": the patient named by an age noun. */
const PATIENT_IS = /(?:^|[^\p{L}])(?:pat|pt|patienten)(?:,|\s+(?:är|ar))?\s+en\s*$/iu;
const ARTICLES = new Set(['en', 'ett']);
/**
 * Whether an article just before `at` brings in someone else ("träffar en man 45 år"), not the
 * patient: "Pat är en kvinna 34 år", "Remiss gällande en pojke 15 år", or an article opening the text.
 */
function introduces(text: string, at: number): boolean {
  const article = wordBefore(text, at);
  if (!ARTICLES.has(article)) return false;
  const head = text.slice(0, at).replace(/[^\p{L}\p{N}]*$/u, '');
  const beforeArticle = wordBefore(text, head.length - article.length);
  return head.length > article.length && !PATIENT_INTRO.has(beforeArticle);
}
const PATIENT_INTRO = new Set([
  'ar',
  'galler',
  'gallande',
  'avser',
  'avseende',
  'angaende',
  'ang',
  'remiss',
  'pat',
  'pt',
]);

/** Whether the sentence before `at` has a parent, relative or worried caller ("Pappa till pojke 13"). */
function caller(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 60), at);
  const sentence = lead.slice(Math.max(lead.lastIndexOf('.'), lead.lastIndexOf('\n')) + 1);
  return sentence
    .split(/[^\p{L}]+/u)
    .map(foldWord)
    .some((w) => isOther(w) || PARTNER_WORDS.has(w) || w.startsWith('orolig') || w.startsWith('ring'));
}

/** Words for a child, and the words that put one as the one a note is about ("till", "om", "för"). */
const CHILD_WORDS = new Set(['pojke', 'flicka', 'tjej', 'kille', 'barn', 'son', 'dotter']);
const CHILD_RELATIVES = new Set([
  'dotter',
  'dottern',
  'son',
  'sonen',
  'bonusdotter',
  'bonusson',
  'styvdotter',
  'styvson',
  'barnbarnet',
  'systerdotter',
  'brorsdotter',
  'systerson',
  'brorson',
  'systerdottern',
  'brorsdottern',
  'systersonen',
  'brorsonen',
  'dotterdottern',
  'sondottern',
  'dottersonen',
  'sonsonen',
  'lillebror',
  'lillasyster',
  'barnet',
]);
const ABOUT = new Set(['till', 'om', 'for', 'at']);
const PREPOSITIONS = new Set(['for', 'mot', 'med', 'av', 'till', 'om', 'fran', 'hos', 'at', 'an', 'pa']);

function wordBefore(text: string, at: number): string {
  const m = /([\p{L}\p{N}]+)[^\p{L}\p{N}.!?\n]*$/u.exec(text.slice(Math.max(0, at - 30), at));
  return m ? foldWord(m[1] ?? '') : '';
}

function wordAfter(text: string, at: number): string {
  const m = /^[^\p{L}\p{N}\n.!?;]*([\p{L}\p{N}]+)/u.exec(text.slice(at, at + 30));
  return m ? foldWord(m[1] ?? '') : '';
}

/** Definite person nouns: the patient only beside an age ("Kvinnan, 34 år"). */
const DEFINITE = new Set(['kvinnan', 'mannen', 'flickan', 'pojken', 'tjejen', 'killen']);

function push<T>(list: T[], value: T): void {
  if (list.length < MAX_VALUES && !list.includes(value)) list.push(value);
}

/** Words for someone else that say their gender ("dottern", "sonen"), folded. */
const OTHER_WOMAN = new Set(
  'dotter dottern bonusdotter styvdotter tonarsdotter tonarsdottern syster systern storasyster lillasyster systerdotter brorsdotter mamma mamman mor modern vaninna vaninnan flicka flickan tjej tjejen systerdottern brorsdottern dotterdottern sondottern dotterns'.split(
    ' ',
  ),
);
const OTHER_MAN = new Set(
  'son sonen bonusson styvson tonarsson tonarssonen bror brodern storebror lillebror systerson brorson pappa pappan fadern pojke pojken kille killen systersonen brorsonen dottersonen sonsonen sonens'.split(
    ' ',
  ),
);

/** Someone else's age, and their gender when the word that names them says it. */
function pushOther(out: PatientFacts, age: number, word: string | null): void {
  push(out.otherAges, age);
  if (word === null) return;
  if (OTHER_WOMAN.has(word)) push(out.otherGenders, 'woman');
  else if (OTHER_MAN.has(word)) push(out.otherGenders, 'man');
}

function addGender(out: PatientFacts, word: string, weight: number): void {
  const w = foldWord(word).replace(/[\s-]/g, '');
  if (WOMAN.includes(w)) out.gender.woman += weight;
  else if (MAN.includes(w)) out.gender.man += weight;
  else if (w.startsWith('trans')) out.gender.trans += weight;
  else if (w.startsWith('icke')) out.gender.nonbinary += weight;
}

const isOther = (word: string) => OTHER_PEOPLE.has(word);
const PARTNER_WORDS = PARTNER_PEOPLE;
/** Words for someone's children before an age ("barn 4 år", "två barn, 4 och 7 år"). */
const CHILDREN = new Set(['barn', 'barnen', 'barnet', 'bonusbarn', 'tvillingar', 'syskon']);

/** "17 år", "17-årig tjej", "15-åriga dottern", "dottern 15 år"; not "i 5 år", "en 35-årig man". */
function readAge(text: string, start: number, end: number, out: PatientFacts): void {
  const m = /(\d{1,3})\s?(?:-\s?)?$/.exec(text.slice(Math.max(0, start - 6), start));
  if (m === null) return;
  const at = start - m[0].length;
  const age = Number(m[1]);
  if (age < 1 || age > 110 || /[\d,.]/.test(text.charAt(at - 1))) return;
  const word = foldWord(text.slice(start, end));
  const adjective = word !== 'ar';
  let before = wordBefore(text, at);
  // "Kvinna med 5-åring i väntrummet", "3-åringen var hemma": a young child in the note's home or
  // care; not "som 6-åring" (back then).
  if (word.startsWith('aring') && age <= 12 && before !== 'som') out.children++;
  if (APPROXIMATE.has(before)) {
    const person = wordBefore(text, at - before.length - 2);
    if (WOMAN.includes(person) || MAN.includes(person) || PATIENT.includes(person)) before = person;
  }
  // "Pappa till 13-årig dotter": the age of the relative named after it.
  if (adjective && isOther(wordAfter(text, end))) {
    pushOther(out, age, wordAfter(text, end));
    return;
  }
  // "Pappa till 9-åring ringer", "mamma till en 12-åring": the caller's child's age.
  if (word.startsWith('aring') && PARENT_OF.test(text.slice(Math.max(0, at - 20), at))) {
    pushOther(out, age, null);
    return;
  }
  // "5 år i Sverige", "3 år sedan" are durations; "17-åring på UM" is an age, and so is a number
  // right after a word for the person ("Pojke 16 år på BUP", "Kvinna 34 år i Halmstad").
  const personBefore = WOMAN.includes(before) || MAN.includes(before) || PATIENT.includes(before);
  const after = wordAfter(text, end);
  const place = personBefore && (after === 'pa' || after === 'i');
  if (NOT_AGE_BEFORE.has(before) || (!adjective && !place && NOT_AGE_AFTER.has(after))) return;
  // "M 41 år", "K, 34 år": the one-letter gender of a note's heading.
  if (
    !adjective &&
    (before === 'm' || before === 'k') &&
    /^[MKmk]\s?,?\s?$/.test(text.slice(Math.max(0, at - 3), at).trimStart())
  )
    addGender(out, before === 'm' ? 'man' : 'kvinna', 4);
  // "en 35-årig man" is someone else; "Pat är en 17-åring" is not.
  const itself = word.startsWith('aring') && PATIENT_IS.test(text.slice(Math.max(0, at - 20), at));
  if (adjective && !itself && THIRD_PERSON.test(text.slice(Math.max(0, at - 12), at))) return;
  // "som 16-åring blev hon utsatt": an age back then, not now.
  if (adjective && before === 'som') return;
  const person = adjective ? wordAfter(text, end) : before;
  // "en sugardaddy 45 år", "en man 45 år": a person brought in with an article is someone else.
  const introduced = !adjective && before !== '' && introduces(text, at - before.length - 1);
  if ((WOMAN.includes(person) || MAN.includes(person)) && !introduced) addGender(out, person, 4);
  // A list of ages ("två barn, 4 och 7 år") or one after a word for children is theirs.
  const list = before === 'och' || /\d\s*,\s*$/.test(text.slice(Math.max(0, at - 6), at));
  const children = CHILDREN.has(before) || CHILDREN.has(wordBefore(text, at - before.length - 1));
  const other =
    isOther(person) || (adjective && isOther(before)) || list || (!adjective && children) || introduced;
  if (!other) push(out.ages, age);
  else pushOther(out, age, isOther(person) ? person : adjective && isOther(before) ? before : null);
}

/** "Pat är transkvinna", "ickebinär"; not "hennes sambo är transman" (someone else's). */
function readIdentity(text: string, start: number, end: number, out: PatientFacts): void {
  const lead = text
    .slice(Math.max(0, start - 25), start)
    .split(/[^\p{L}]+/u)
    .map(foldWord);
  if (lead.some((w) => isOther(w) || PARTNER_WORDS.has(w))) return;
  addGender(out, text.slice(start, end), 4);
}

/** "MVC", "gravid"; not "flickvännen är gravid" (someone else's pregnancy). */
function readWomanCare(text: string, start: number, out: PatientFacts): void {
  const lead = text
    .slice(Math.max(0, start - 25), start)
    .split(/[^\p{L}]+/u)
    .map(foldWord);
  if (lead.some((w) => isOther(w) || PARTNER_WORDS.has(w))) return;
  out.gender.woman += 4;
}

/** "elev i åk 7", "går i nian", "femtonårig tjej"; "dottern går i åk 7" is the daughter's age. */
function readSchool(text: string, start: number, end: number, out: PatientFacts): void {
  const age = schoolAge(text, start, end);
  if (age === null) return;
  const lead = text.slice(Math.max(0, start - 30), start);
  if (/årig|arig|åring|aring/iu.test(text.slice(start, end)) && THIRD_PERSON.test(lead)) return;
  const words = lead.split(/[^\p{L}]+/u).map(foldWord);
  const relative = words.find(isOther);
  if (relative === undefined) push(out.ages, age);
  else pushOther(out, age, relative);
}

/** "Pat, 16, …", "Kvinna 26.", "Pojke f. 2011", "Kvinna, 34 år" (gender), "Pat 31 år, kvinna". */
function readPerson(text: string, start: number, end: number, out: PatientFacts, year: number): void {
  const word = foldWord(text.slice(start, end));
  const after = text.slice(end, end + 12);
  const bare = /^\s*[,(]?\s*(?:nu\s+)?(\d{1,2})\s*(?:[,);]|[.:](?!\d)|$)/.exec(text.slice(end, end + 16));
  if (bare) {
    if (isOther(word)) pushOther(out, Number(bare[1]), word);
    else push(out.ages, Number(bare[1]));
  }
  // "man i 60-årsåldern": the middle of the decade.
  const decade = /^\s*,?\s*i\s+([1-9])0\s?-?\s?(?:års|ars)(?:åldern|aldern)/iu.exec(
    text.slice(end, end + 24),
  );
  // Not "träffar en man i 50-årsåldern" (someone else).
  if (decade && !isOther(word) && !introduces(text, start)) push(out.ages, Number(decade[1]) * 10 + 5);
  const spelled = bare ? null : spelledAgeAfter(text, end);
  if (spelled !== null) {
    if (isOther(word)) pushOther(out, spelled, word);
    else push(out.ages, spelled);
  }
  // "Kv 16 på STI-mott", "Kille 17 berättar": a number after the person word that opens a line
  // or sentence, when no unit follows it ("Kvinna 3 veckor efter partus").
  const lead = /(?:^|[\n.:;!?]\s*)$/.test(text.slice(Math.max(0, start - 3), start));
  const spaced = /^[ \t]+(\d{1,2})[ \t]+([\p{L}/]+)/u.exec(text.slice(end, end + 24));
  if (!bare && spaced && lead && !UNITS.has(foldWord(spaced[2] ?? '')) && !isOther(word))
    push(out.ages, Number(spaced[1]));
  // "Pappa till pojke 13 har …", "orolig för flicka 14 som …": a child the note is about, not the writer.
  const aboutChild =
    !lead && CHILD_WORDS.has(word) && ABOUT.has(wordBefore(text, start)) && caller(text, start);
  // "ringer om lillebror 12 som har …": someone else's age inside a sentence (opening one, the
  // word is most often the caller: "Storasyster 19 ringer …").
  // A daughter or son is not the caller even where the sentence opens ("Mamma orolig: dottern 15 har …").
  const child = isOther(word) && (!lead || CHILD_RELATIVES.has(word));
  if ((aboutChild || child) && !bare && spaced && !UNITS.has(foldWord(spaced[2] ?? '')))
    pushOther(out, Number(spaced[1]), word);
  const birth = /^\s*,?\s*(?:född|fodd|f\.?)\s?((?:19|20)\d\d)(?!\d)/u.exec(after);
  if (birth) push(out.ages, year - Number(birth[1]));
  if (!WOMAN.includes(word) && !MAN.includes(word)) return;
  // A noun for the patient: at the start of a line or sentence, or beside an age.
  const besideAge =
    /^\s*,?\s*\(?\d/.test(after) ||
    decade !== null ||
    /(?:\d\s?(?:år|ar)|f\.?\s?(?:19|20)\d\d),?\s*$/iu.test(text.slice(Math.max(0, start - 10), start)) ||
    // "Pat 28, kvinna": the patient's age without a unit, then the noun.
    /(?:^|[^\p{L}])(?:pat|pt|patient|patienten)\.?\s*,?\s*\d{1,3}\s*,\s*$/iu.test(
      text.slice(Math.max(0, start - 16), start),
    );
  const manAsNoun = word !== 'man' || /^\s*[,\d(]/.test(after) || besideAge;
  // A definite form opening a sentence is most often someone else ("Mannen vet att hon är här").
  const definite = DEFINITE.has(word);
  // "en man 45 år" is someone else.
  const introduced = introduces(text, start);
  if ((besideAge || (lead && !definite)) && manAsNoun && !introduced && !aboutChild) addGender(out, word, 4);
}

function readLanguage(kind: Kind, text: string, start: number, end: number, out: PatientFacts): void {
  const word = foldWord(text.slice(start, end));
  if (kind === 'swedish') {
    if (
      /(?:talar|pratar|förstår|forstar|kan)\s+(?:ingen|inte|ej|dålig|dalig|lite|knappt|bristfällig|bristfallig)\s+$/iu.test(
        text.slice(Math.max(0, start - 30), start),
      )
    )
      out.interpreter++;
    return;
  }
  if (kind === 'interpreter') {
    const before = foldWord(text.slice(Math.max(0, start - 25), start));
    const after = foldWord(text.slice(end, end + 20));
    if (/(ingen|ej|inte|utan|behov av|behovs inte|behovs ej)\s*$/.test(before)) return;
    if (/^\s*(behovs\s+(inte|ej)|ej\s+aktuell|inte\s+aktuell|som\s)/.test(after)) return;
    out.interpreter++;
    return;
  }
  const code =
    SPEAKERS[word] ?? LANGUAGES[word] ?? Object.entries(LANGUAGES).find(([k]) => foldWord(k) === word)?.[1];
  if (code === undefined) return;
  if (!(word in SPEAKERS)) {
    const before = wordBefore(text, start);
    if (
      !['pa', 'talar', 'pratar', 'forstar', 'endast', 'bara', 'modersmal', 'tolk', 'sprak'].includes(before)
    )
      return;
  }
  push(out.languages, code);
}

/** Reads the facts around each cue (kind, start, end), in text order. */
export function readPatientCues(
  text: string,
  cues: readonly { kind: Kind; start: number; end: number }[],
  year: number,
  out: PatientFacts = emptyPatient(),
  lines: [number, number] = [0, text.length],
): PatientFacts {
  lineBirthYears(text, year, (age) => push(out.ages, age), lines[0], lines[1]);
  for (const { kind, start, end } of cues) {
    if (kind === 'age') readAge(text, start, end, out);
    else if (kind === 'school') readSchool(text, start, end, out);
    else if (kind === 'woman') readWomanCare(text, start, out);
    else if (kind === 'birth') {
      const m = /^\s*((?:19|20)\d\d)(?!\d)/.exec(text.slice(end, end + 8));
      if (m) push(out.ages, year - Number(m[1]));
    } else if (kind === 'person') readPerson(text, start, end, out, year);
    else if (kind === 'identity') readIdentity(text, start, end, out);
    else if (kind === 'orientation')
      addGender(out, LESBIAN.includes(foldWord(text.slice(start, end))) ? 'kvinna' : 'man', 2);
    else if (kind === 'child') readChild(text, start, end, out);
    else readLanguage(kind, text, start, end, out);
  }
  return out;
}

/** A partner word says the patient's gender weakly: the one with "maken" is most often a woman. */
const PARTNER_OF_WOMAN = new Set([
  'maken',
  'exmaken',
  'makens',
  'exmakens',
  'pojkvannen',
  'expojkvannen',
  'pojkvannens',
]);
const PARTNER_OF_MAN = new Set([
  'frun',
  'hustrun',
  'exfrun',
  'exhustrun',
  'fruns',
  'hustruns',
  'exfruns',
  'flickvannen',
  'exflickvannen',
  'flickvannens',
]);

/**
 * What one word (folded, lower case) after `before` says of the patient's gender. In these notes
 * the one something is done to is most often the patient: "slagit henne" counts twice, "hon" once,
 * "rädd för honom" not at all ("om hon …" is "if she", and counts).
 */
function genderOfWord(w: string, before: string, out: PatientFacts): void {
  if (w === 'hon' || w === 'hennes') out.gender.woman++;
  else if (w === 'han') out.gender.man++;
  else if (w === 'henne' || w === 'honom') {
    if (PREPOSITIONS.has(before)) return;
    if (w === 'henne') out.gender.woman += 2;
    else out.gender.man += 2;
  } else if (PARTNER_OF_WOMAN.has(w)) out.gender.woman++;
  else if (PARTNER_OF_MAN.has(w)) out.gender.man++;
}

/** Pronouns and partner words in a sentence the reader read. */
export function countPronouns(tokens: readonly Token[], out: PatientFacts): void {
  // After a partner or another person in the sentence, "han"/"hon" most often stands for them:
  // "sambon har sagt att han ska …" says nothing of the patient's gender.
  let someoneElse = false;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]?.text ?? '';
    if (PARTNER_PEOPLE.has(w) || OTHER_PEOPLE.has(w)) someoneElse = true;
    if (someoneElse && (w === 'han' || w === 'hon')) continue;
    genderOfWord(w, tokens[i - 1]?.text ?? '', out);
  }
}

let alone: ReturnType<typeof compileLexicon> | null = null;

/** The patient facts of a text on its own (the catalogue tool and tests); the reader uses readPatientCues. */
export function readPatient(text: string, year: number): PatientFacts {
  alone ??= compileLexicon(PATIENT_SETS);
  const cues: { kind: Kind; start: number; end: number }[] = [];
  alone.find(text, (set, start, end) => {
    const kind = PATIENT_SETS[set]?.kind;
    if (kind) cues.push({ kind, start, end });
  });
  cues.sort((a, b) => a.start - b.start);
  const out = readPatientCues(text, cues, year);
  // The pronouns and partner words of every sentence, as the reader counts them (countPronouns).
  for (const sentence of text.split(/[.!?\n]+/)) {
    const tokens: Token[] = [...sentence.matchAll(/[\p{L}\d]+/gu)].map((m) => ({
      text: foldWord(m[0]),
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
    countPronouns(tokens, out);
  }
  return out;
}

/**
 * The page reader's understanding: the lexicon pass finds the words, and this decides what they
 * say, one sentence at a time. A situation is mentioned by one of its terms or by a combination of
 * parts in one sentence ("fått pengar" … "sexuella saker"); each mention gets its polarity and
 * experiencer from the cues around it (context.ts); a short next sentence can answer a question
 * ("Frågat om våld och SME. Pat förnekar båda."). Resources named on the page and what the note
 * says of the patient come out beside the situations. Only counts, codes and vocabulary terms leave.
 */
import { THEME_IDS, type ThemeId } from '../../data/themes.ts';
import type { Part, Term, Theme } from '../../data/vocabulary-schema.ts';
import { compileLexiconSteps, type Lexicon, type TermSet } from './compile.ts';
import { aboutOther, findCues, type Polarity, polarityOf } from './context.ts';
import { answeredInSentence } from './inline-answer.ts';
import { type CompiledModel, compileModelSteps, type SituationModel } from './model.ts';
import { olderPartner, partnerAge } from './older-partner.ts';
import {
  EVERYONE,
  isGeneral,
  isTopic,
  isWorkplace,
  longAgo,
  ROUTINE,
  reportMade,
  resolvedPast,
  ruledOut,
  supported,
} from './paragraph-rules.ts';
import { countPronouns, PATIENT_SETS, readPatientCues } from './patient.ts';
import { answered, asksForOwnHelp, inAddress, isNumberSix, spansLine } from './sentence-rules.ts';
import { sentenceEnd, sentenceStart, tokenAt, tokenize } from './sentences.ts';
import { compileSigns } from './signs.ts';
import { type CompiledCombo, carried, type Found, type Mention, situations } from './situations.ts';
import { finish, type Steps } from './steps.ts';
import {
  MAX_WORDS,
  type Matcher,
  type NamedHit,
  type PatientFacts,
  type ScanResult,
  type ThemeHit,
} from './types.ts';

/** Situations people ask about "for someone" when they mean themselves. */
const ASKED_FOR_SELF = new Set<string>(['egen-sexualitet', 'sexkop']);
/** A resource named as the method asked by: "enl SEXIT", "enligt SEXIT", "SEXIT-frågor". */
const METHOD_BEFORE = /\benl(?:\.|igt)?\s+$/iu;
const METHOD_AFTER = /^-?(?:fr[åa]gor|formul[äa]r|samtal(?:et)?)/iu;
/** A situation's name as the question asked: "SMOE-frågan", "SME-frågorna". */
const QUESTION_AFTER = /^-(?:fr[åa]gan|fr[åa]gor|fr[åa]gorna)\b/iu;
/** A folded word that ends in a question asked of it ("partnervaldsfragan", "valdsscreeningen"). */
const QUESTION_WORD = /[a-z](?:fragan|fragor|fragorna|screening|screeningen|formularet)$/;

const BLANK_LINES = /\n[ \t\r]*\n/g;
/** Words that name a child in a term of a child's exploitation ("bilder på barn", "minderårig"). */
const CHILD_WORD = /barn|minderår|tonår|flick|pojk|elev|under 1[58]|grooming|ecpat|unga/;

/**
 * Under this probability from the model (model.ts), a situation the paragraph tells of in one
 * mention only is taken back as a word in another sense. Chosen on the development files the model
 * is not trained on (NOT_TRAINED): of their 916 single mentions (707 of them true), 144 were under
 * it, 27 of those true.
 */
const UNLIKELY = 0.003;
/**
 * Situations never taken back so: acute danger, and those where the model's low probabilities
 * were as often wrong as right on those files (own sexuality 3 true of 5, children 2 of 4, hbtqi
 * 14 of 33; every other situation at most 1 true in 7).
 */
const NEVER_UNLIKELY = new Set<ThemeId>([
  'akut-fara',
  'egen-sexualitet',
  'barn-sexuell-exploatering',
  'hbtqi',
]);

/** A positive mention of the paragraph, as counted: to take back if the paragraph says so. */
interface Said {
  tally: ThemeHit;
  polarity: Polarity;
  other: boolean;
  /** The theme's index. */
  theme: number;
  /** The word this mention added to the tally's words, if any. */
  word: string | null;
  /**
   * Found by the vocabulary with a term that does not name the situation itself (`names`), by a
   * combination of parts or by signs: not by the model.
   */
  weak: boolean;
}

/** A resource's names as the reader looks for them. */
export interface NamedTerms {
  id: string;
  aliases: readonly string[];
}

export interface Vocabulary {
  themes: readonly Theme[];
  parts: readonly Part[];
  named: readonly NamedTerms[];
}

export interface ReaderOptions {
  /** The current year, for birth years ("f. 2009"); the reader itself reads no clock. */
  year?: number;
  /** The second reader (model.ts) for paragraphs that mention no situation the vocabulary knows. */
  model?: SituationModel;
}

/** Words near a resource's name that show another sense ("lätt bris", "hästen Pegasus", "kast med boll"). */
const NOT_A_NAME = [
  'lätt',
  'svag',
  'frisk',
  'hård',
  'vind',
  'segling',
  'seglingen',
  'häst',
  'hästen',
  'boll',
  'kula',
  'spjut',
  'slägga',
  'diskus',
  'sten',
  'heter',
];

/** Words near a number that make it a measurement, not a phone number ("BT 112/70", "puls 112"). */
const MEASUREMENTS = [
  'bt',
  'blodtryck',
  'puls',
  'hb',
  'mmhg',
  'mg',
  'kg',
  'vikt',
  'glukos',
  'p-glukos',
  'crp',
  'sat',
  'mmol',
  'lpk',
  'kreatinin',
];

/** An acronym ("KAST", "SEXIT", "UMO"): matched as written, never inflected ("kastar", "kastmomentet"). */
const ACRONYM = /^\p{Lu}{3,}$/u;

function aliasTerms(aliases: readonly string[]): Term[] {
  return aliases.map(
    (term) =>
      ({
        term,
        match: ACRONYM.test(term) ? 'exact' : 'inflect',
        notNear: /^[\d ]+$/.test(term) ? [...NOT_A_NAME, ...MEASUREMENTS] : NOT_A_NAME,
      }) as Term,
  );
}

/** The model compiled in steps, or null: none given, or malformed (the vocabulary then reads alone). */
export function* modelSteps(model: SituationModel | undefined): Steps<CompiledModel | null> {
  if (model === undefined) return null;
  try {
    return yield* compileModelSteps(model);
  } catch (error) {
    console.warn(`Hänvisa: the situation model is not used: ${(error as Error).message}`);
    return null;
  }
}

export function compileMatcher(vocabulary: Vocabulary, options: ReaderOptions = {}): Matcher {
  return finish(compileMatcherSteps(vocabulary, options));
}

/** The same, in steps (steps.ts): the content script compiles in slices between the page's tasks. */
export function* compileMatcherSteps(vocabulary: Vocabulary, options: ReaderOptions = {}): Steps<Matcher> {
  const lexicon = yield* compileLexiconSteps(readerSets(vocabulary));
  return matcherWith(vocabulary, lexicon, options, yield* modelSteps(options.model));
}

/** The term sets of the lexicon pass: situations, parts, each resource's names, the patient's cues. */
export function readerSets(vocabulary: Vocabulary): TermSet[] {
  return [
    ...vocabulary.themes,
    ...vocabulary.parts,
    ...vocabulary.named.map((n) => ({ terms: aliasTerms(n.aliases) })),
    ...PATIENT_SETS,
  ];
}

/** The reader over a lexicon of readerSets(vocabulary), compiled here or rebuilt from tables. */
export function matcherWith(
  vocabulary: Vocabulary,
  lexicon: Lexicon,
  options: ReaderOptions = {},
  model: CompiledModel | null = null,
): Matcher {
  const { themes, parts, named } = vocabulary;
  const partIndex = new Map(parts.map((p, i) => [p.id, themes.length + i]));
  const whoParts = new Set(parts.filter((p) => p.who).map((p) => p.id));
  const namedBase = themes.length + parts.length;
  const patientBase = namedBase + named.length;
  const combos: CompiledCombo[] = [];
  themes.forEach((theme, i) => {
    for (const combo of theme.combos) {
      const ids = combo.parts.map((id) => partIndex.get(id));
      const who = combo.parts.map((id) => whoParts.has(id));
      if (ids.every((x) => x !== undefined))
        combos.push({
          theme: i,
          parts: ids as number[],
          within: combo.within,
          ...(who.some(Boolean) ? { who } : {}),
          ...(combo.child ? { child: true as const } : {}),
          ...(combo.gender ? { gender: combo.gender } : {}),
          ...(combo.carry ? { carry: true as const } : {}),
        });
    }
  });
  const carryCombos = combos.filter((c) => c.carry);
  const childTheme = themes.findIndex((t) => t.id === 'barn-sexuell-exploatering');
  const acuteTheme = themes.findIndex((t) => t.id === 'akut-fara');
  const sellingTheme = themes.findIndex((t) => t.id === 'sex-mot-ersattning');
  // Per theme, its terms that name the situation itself: never taken back (takeBackUnlikely).
  const naming = themes.map((t) => new Set(t.terms.filter((x) => x.names).map((x) => x.term.toLowerCase())));
  // Per theme, the part that says the person needs support (hbtqi: "mår dåligt", "får höra hot").
  const needPart = themes.map((t) => (t.need === undefined ? -1 : (partIndex.get(t.need) ?? -1)));
  const year = options.year ?? 2026;
  const signs = compileSigns(themes, partIndex);

  function scan(text: string): ScanResult {
    const mentions: Mention[] = [];
    const cues: Parameters<typeof readPatientCues>[1][number][] = [];
    lexicon.find(text, (set, start, end, term) => {
      if (set >= patientBase) {
        const kind = PATIENT_SETS[set - patientBase]?.kind;
        if (kind !== undefined) cues.push({ kind, start, end });
        return;
      }
      if ((term === 'sex' || term.endsWith(' sex')) && isNumberSix(text, end)) return;
      if (inAddress(text, start) || spansLine(text, start, end)) return;
      mentions.push({ set, start, end, term });
    });
    cues.sort((a, b) => a.start - b.start);
    const patient = readPatientCues(text, cues, year);
    // Per set, the covering mention only ("kan inte styra impulserna", not "kan inte styra"; "jag sa
    // nej flera gånger", not "sa nej flera gånger" inside it).
    mentions.sort(
      (a, b) => a.start - b.start || a.set - b.set || b.end - a.end || b.term.length - a.term.length,
    );
    const lastEnd = new Map<number, number>();
    let kept = 0;
    for (const m of mentions) {
      if ((lastEnd.get(m.set) ?? -1) >= m.end) continue;
      lastEnd.set(m.set, m.end);
      mentions[kept++] = m;
    }
    mentions.length = kept;
    const tallies = new Map<number, ThemeHit>();
    const forChild: [Found, Polarity, boolean][] = [];
    const notForAdult: [Found, Polarity, boolean][] = [];
    // Combinations that count only beside the patient's gender (a partner of the same gender).
    const forGender: [Found, Polarity, boolean][] = [];
    const namedTallies = new Map<string, NamedHit>();
    let floor = 0;
    let i = 0;
    let paragraphFrom = 0;
    // Signs count within a paragraph: no context crosses a blank line.
    // Parts of the paragraph's earlier sentences, for combinations carried by a pronoun.
    const before = new Set<number>();
    // Affirmed mentions per theme in this paragraph, for a theme's `need` part.
    const inParagraph = new Map<number, number>();
    // Ages decide what a child's words say, read in the same paragraph: cues are taken in order.
    let cueAt = 0;
    let paragraphStart = 0;
    // Resources named only as information given, in this paragraph.
    const infoNamed: [NamedHit, number, number][] = [];
    // Resources the paragraph names, not refused: none is a need when it tells of something over.
    const namedSaid: NamedHit[] = [];
    // Police reports the paragraph says were made (reportMade).
    const reported: NamedHit[] = [];
    // Whether the paragraph rules a situation out or the patient denies one.
    let refusedInParagraph = false;
    // Situations the paragraph mentions in any way, negated ones too: the model adds none of them.
    const mentioned = new Set<number>();
    // What the paragraph says is present, to take back when it says it is only general interest,
    // or when the model finds a single weak mention most unlikely (takeBackUnlikely).
    const saidInParagraph: Said[] = [];
    // Mentions of selling sex in the paragraph, read as a child's exploitation beside a child's age.
    const selling: [Found, Polarity, boolean][] = [];
    const closeParagraph = (end: number) => {
      const from = paragraphStart;
      for (const f of signs.flush()) signFound(f);
      const own: typeof cues = [];
      while (cueAt < cues.length && (cues[cueAt]?.start ?? end) < end)
        own.push(cues[cueAt++] as (typeof cues)[number]);
      const facts = readPatientCues(text, own, year, undefined, [paragraphStart, end]);
      paragraphStart = end;
      // An adult's gifts to a child say something only when the paragraph gives a child's age.
      const childAge = [...facts.ages, ...facts.otherAges].some((age) => age < 18);
      // A child with a much older partner ("Elev 16 år, pojkvännen är 24"): suspected exploitation,
      // unless the paragraph already says something of it.
      const partner =
        childAge && childTheme >= 0 && !mentioned.has(childTheme) ? partnerAge(text.slice(from, end)) : null;
      if (partner !== null) {
        const own = facts.ages.find((age) => olderPartner(age, partner));
        const other = facts.otherAges.find((age) => olderPartner(age, partner));
        if (own !== undefined || other !== undefined)
          count({ theme: childTheme, cores: [], words: 'äldre partner' }, 'uncertain', own === undefined);
      }
      if (childAge)
        for (const [f, polarity, other] of forChild)
          count(f, polarity === 'affirmed' ? 'uncertain' : polarity, other);
      // A child who sells sex, or is paid for sex or images, is a child exploited ("Flicka 13 år,
      // får pengar … mot att hon gör sexuella saker"), as a suspicion: only when every age given of
      // the one it concerns is a child's (not "Kvinna 24 … sålde sex när hon var 15 år", not
      // "säljer sex … har en dotter 4 år").
      for (const [f, polarity, other] of selling) {
        const ages = other ? facts.otherAges : facts.ages;
        if (childTheme >= 0 && ages.length > 0 && ages.every((age) => age < 18))
          count({ ...f, theme: childTheme }, polarity === 'affirmed' ? 'uncertain' : polarity, other);
      }
      // Words of a child's exploitation that do not name a child ("skickat bilder", "en man hon
      // träffat på nätet") say nothing of a child beside only adult ages ("Kvinna 27 …").
      if (childAge || facts.ages.length === 0)
        for (const [f, polarity, other] of notForAdult) count(f, polarity, other);
      // "Kvinna 34 … lever med en kvinna": only where the paragraph says the patient's gender clearly.
      const gender = clearGender(facts);
      for (const [f, polarity, other] of forGender) if (f.gender === gender) count(f, polarity, other);
      // Last: the model only speaks of what the paragraph's rules above left unsaid.
      if (model !== null) modelFound(from, end, facts);
      // "frågar om hedersvåld efter en TV-dokumentär, inget som gäller honom själv", or long over
      // and said to be ("bearbetat i terapi, inga besvär sedan dess"): information only; never for
      // acute danger.
      // Read only where the paragraph says something: the pattern is not free on a 5 MB page.
      const over =
        (saidInParagraph.length > 0 || namedSaid.length > 0) && resolvedPast(text.slice(from, end));
      // A suspicion looked into and ruled out: what the paragraph told of it is ruled out too.
      if (saidInParagraph.length > 0 && !over && ruledOut(text.slice(from, end)))
        for (const { tally, polarity } of saidInParagraph.splice(0)) {
          if (polarity === 'uncertain') tally.uncertain--;
          tally.negated++;
        }
      const generalOnly = saidInParagraph.length > 0 && (over || isGeneral(text.slice(from, end)));
      if (generalOnly)
        for (const { tally, polarity } of saidInParagraph) {
          if (tally.theme === 'akut-fara') continue;
          if (polarity === 'uncertain') tally.uncertain--;
          tally.hypothetical++;
        }
      // What was done then ("polisanmält och dömd") names no need now; nor a police report made,
      // where the paragraph tells of no situation ("polisanmälan gjord av klubben").
      if (over) for (const tally of namedSaid) tally.negated++;
      if (over || saidInParagraph.length === 0) for (const tally of reported) tally.negated++;
      if (model !== null && !generalOnly && saidInParagraph.length > 0)
        takeBackUnlikely(text.slice(from, end), model);
      // Information given to everyone or with nothing current, in its own or the next sentence
      // ("som rutin till alla gravida", "inget aktuellt"), or in a paragraph that rules a
      // situation out ("nekar våld. Informerad om Kvinnofridslinjen"): the note names no need.
      const general = infoNamed.length > 0 && isGeneral(text.slice(from, end));
      for (const [tally, a, b] of infoNamed)
        if (
          refusedInParagraph ||
          general ||
          ROUTINE.test(text.slice(a, b)) ||
          EVERYONE.test(text.slice(a, b))
        )
          tally.negated++;
      for (const [theme, n] of inParagraph) {
        const tally = tallies.get(theme);
        if (tally !== undefined && before.has(needPart[theme] ?? -1) && !supported(text.slice(from, end)))
          tally.need = (tally.need ?? 0) + n;
      }
      // Nothing of this paragraph reaches the next.
      selling.length = 0;
      forChild.length = 0;
      notForAdult.length = 0;
      forGender.length = 0;
      saidInParagraph.length = 0;
      infoNamed.length = 0;
      namedSaid.length = 0;
      reported.length = 0;
      refusedInParagraph = false;
      inParagraph.clear();
      before.clear();
      mentioned.clear();
    };
    // Text up to `checked` has been looked at for a blank line; each look starts at the last line
    // break before it (a blank line begins with one), so the whole page is read once, not once per
    // sentence.
    let checked = 0;
    const endParagraph = (to: number) => {
      if (to <= checked) return;
      const from = Math.max(paragraphFrom, text.lastIndexOf('\n', checked - 1), 0);
      checked = to;
      // Every blank line closes a paragraph, also those of paragraphs without a mention.
      for (const m of text.slice(from, to).matchAll(BLANK_LINES)) {
        paragraphFrom = from + (m.index ?? 0) + m[0].length;
        closeParagraph(paragraphFrom);
      }
    };
    while (i < mentions.length) {
      const first = mentions[i] as Mention;
      const start = sentenceStart(text, first.start, floor);
      const end = sentenceEnd(text, Math.max(first.end - 1, first.start));
      let j = i;
      while (j < mentions.length && (mentions[j] as Mention).start < end) j++;
      const from = i;
      i = j;
      floor = Math.min(text.length, end + 1);
      endParagraph(start);
      const group = mentions.slice(from, j);
      // The first part earlier in the paragraph, or in this sentence further off than `within`.
      const carry = carryCombos.filter(
        (c) =>
          (before.has(c.parts[0] ?? -1) || group.some((m) => m.set === c.parts[0])) &&
          group.some((m) => m.set === c.parts[1]),
      );
      for (const m of group) {
        signs.seen(m.set);
        before.add(m.set);
      }
      const single = j - from === 1 && first.set >= themes.length && first.set < namedBase;
      if (single && !signs.isSign(first.set) && carry.length === 0) continue;
      if (!worthReading(group) && carry.length === 0) continue;
      // The end mark is read too: "SME?" is a question.
      const tokens = tokenize(text, start, text.charCodeAt(end) === 63 ? end + 1 : end);
      // A cue word inside any term of the sentence belongs to that term ("inte kan styra", "ingen lön").
      const words = group.map((m): [number, number] => {
        const a = tokenAt(tokens, m.start);
        return [a, Math.max(a + 1, tokenAt(tokens, m.end))];
      });
      const cues = findCues(tokens).filter((c) => !words.some(([a, b]) => c.start >= a && c.end <= b));
      const found = situations(group, tokens, themes, combos);
      for (const c of carry) {
        const f = found.some((x) => x.theme === c.theme) ? null : carried(group, tokens, c);
        if (f !== null) found.push(f);
      }
      countPronouns(tokens, patient);
      let polarities = found.map((f) => {
        const p = polarityOf(tokens, cues, f.cores);
        if ((p !== 'affirmed' && p !== 'uncertain') || f.acts === undefined) return p;
        const q = polarityOf(tokens, cues, f.acts);
        return q === 'negated' || q === 'denied' ? q : p;
      });
      // "SMOE-frågan", "våld-frågorna", "partnervåldsfrågan": the question, not an answer (an answer
      // may follow).
      polarities = polarities.map((p, k) => {
        const cores = found[k]?.cores ?? [];
        const core = cores[cores.length - 1];
        const at = tokens[(core?.[1] ?? 1) - 1]?.end ?? 0;
        const word = tokens[(core?.[1] ?? 1) - 1]?.text ?? '';
        return p === 'affirmed' && (QUESTION_AFTER.test(text.slice(at, at + 16)) || QUESTION_WORD.test(word))
          ? 'hypothetical'
          : p;
      });
      polarities = answered(text, end, mentions[i]?.start ?? text.length, polarities);
      polarities = answeredInSentence(
        tokens,
        found.map((f) => f.cores[f.cores.length - 1]?.[1] ?? tokens.length),
        polarities,
      );
      // Danger months or years ago ("rånad för 2 mån sedan, hotad med kniv") is no acute danger now.
      if (found.some((f) => f.theme === acuteTheme))
        polarities = polarities.map((p, k) => {
          const f = found[k];
          if (f?.theme !== acuteTheme || (p !== 'affirmed' && p !== 'uncertain')) return p;
          return longAgo(text, start, end, tokens, f.cores) ? 'hypothetical' : p;
        });
      // Information for everyone ("broschyr om våld delas ut till alla gravida", "affisch om …"),
      // or the topic of someone's work ("arbetar med barn utsatta för övergrepp"): no one's situation.
      const everyone = EVERYONE.test(text.slice(start, end));
      polarities = polarities.map((p, k) => {
        if (p !== 'affirmed' && p !== 'uncertain') return p;
        const at = tokens[found[k]?.cores[0]?.[0] ?? 0]?.start ?? start;
        return everyone || isTopic(text.slice(start, at)) ? 'hypothetical' : p;
      });
      // "frågar om det finns hjälp för den som köper sex": asked for oneself, a suspicion.
      if (found.some((f) => ASKED_FOR_SELF.has(themes[f.theme]?.id ?? '')) && asksForOwnHelp(tokens))
        polarities = polarities.map((p, k) =>
          p === 'hypothetical' && ASKED_FOR_SELF.has(themes[found[k]?.theme ?? -1]?.id ?? '')
            ? 'uncertain'
            : p,
        );
      for (const f of found) mentioned.add(f.theme);
      found.forEach((f, k) => {
        const about = aboutOther(tokens, f.cores, themes[f.theme]?.id ?? null);
        if (f.child) forChild.push([f, polarities[k] ?? 'affirmed', about]);
        else if (f.gender) forGender.push([f, polarities[k] ?? 'affirmed', about]);
        else if (f.theme === childTheme && !CHILD_WORD.test(f.words))
          notForAdult.push([f, polarities[k] ?? 'affirmed', about]);
        else count(f, polarities[k] ?? 'affirmed', about);
      });
      for (const m of group) {
        if (!signs.isSign(m.set)) continue;
        const core: [number, number][] = [
          [tokenAt(tokens, m.start), Math.max(tokenAt(tokens, m.start) + 1, tokenAt(tokens, m.end))],
        ];
        const polarity = polarityOf(tokens, cues, core);
        const other = !signs.childOnly(m.set) && aboutOther(tokens, core, null);
        if ((polarity === 'affirmed' || polarity === 'uncertain') && !other) signs.affirmed(m.set, m.term);
      }
      for (const m of group) {
        if (m.set < namedBase) continue;
        const id = named[m.set - namedBase]?.id;
        if (id === undefined) continue;
        const a = tokenAt(tokens, m.start);
        const b = Math.max(a + 1, tokenAt(tokens, m.end));
        const polarity = polarityOf(tokens, cues, [[a, b]]);
        const tally = namedTallies.get(id) ?? { id, count: 0, negated: 0 };
        namedTallies.set(id, tally);
        tally.count++;
        // Refused ("ej Bris", "vill inte ha kontakt med Terrafem"). Information given ("info om
        // Kvinnofridslinjen om behov skulle uppstå") still names it: the clinician who gave it
        // wants its number and hours at hand, unless the paragraph says it was routine.
        // A method the clinician asked by ("frågat enl SEXIT", "SEXIT-frågor ställda") names no need
        // when the paragraph rules out what was asked about, or says it was routine.
        const method =
          METHOD_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start)) ||
          METHOD_AFTER.test(text.slice(m.end, m.end + 10));
        const before = text.slice(Math.max(start, m.start - 80), m.start);
        if (
          polarity === 'negated' ||
          polarity === 'denied' ||
          isWorkplace(before, text.slice(m.start, m.end)) ||
          isTopic(before)
        ) {
          tally.negated++;
          continue;
        }
        if (reportMade(before, text.slice(m.start, m.end), text.slice(m.end, m.end + 30))) {
          reported.push(tally);
          continue;
        }
        namedSaid.push(tally);
        if (polarity === 'hypothetical' || method || EVERYONE.test(text.slice(start, end)))
          infoNamed.push([
            tally,
            start,
            Math.min(text.length, sentenceEnd(text, Math.min(text.length, end + 1)) + 1),
          ]);
      }
    }
    endParagraph(text.length);
    closeParagraph(text.length);
    const hits: ThemeHit[] = [];
    for (const id of THEME_IDS) {
      const index = themes.findIndex((t) => t.id === id);
      const tally = tallies.get(index);
      if (tally) hits.push(tally);
    }
    return { hits, named: [...namedTallies.values()], patient };

    /**
     * The model's suspicions for a paragraph that mentions none of them (a situation ruled out or
     * denied is mentioned), not where it gives information only: the vocabulary's context rules stay
     * in charge.
     */
    function modelFound(from: number, end: number, facts: PatientFacts): void {
      const paragraph = text.slice(from, end);
      if (isGeneral(paragraph) || ROUTINE.test(paragraph)) return;
      // A paragraph that gives only someone else's age or person ("Mamma ringer … dottern 14"):
      // the suspicion is theirs, as the rules' "about someone else".
      const other = facts.ages.length === 0 && facts.otherAges.length + facts.otherGenders.length > 0;
      for (const finding of model?.read(paragraph) ?? []) {
        const theme = themes.findIndex((t) => t.id === finding.theme);
        if (theme < 0 || mentioned.has(theme)) continue;
        count({ theme, cores: [], words: finding.words.join(' + ') }, 'uncertain', other, true);
      }
    }

    /**
     * A situation the paragraph tells of in one mention only, where the model finds the paragraph
     * most unlikely to tell of it (UNLIKELY): a word in another sense ("eskorterar turister", "skar
     * sig på plåt"), taken back, unless the term names the situation itself (`names`). Never the
     * situations in NEVER_UNLIKELY, nor who a person is beside their need, nor a situation the page
     * also rules out or the patient denies (the rest would read as a denial).
     */
    function takeBackUnlikely(paragraph: string, model: CompiledModel): void {
      const once = new Map<ThemeHit, number>();
      for (const { tally } of saidInParagraph) once.set(tally, (once.get(tally) ?? 0) + 1);
      const single = saidInParagraph.filter(
        (said) =>
          once.get(said.tally) === 1 &&
          said.weak &&
          !NEVER_UNLIKELY.has(themes[said.theme]?.id as ThemeId) &&
          !before.has(needPart[said.theme] ?? -1) &&
          // Never beside a denial: what is left must not read as one.
          said.tally.negated + said.tally.denied === 0,
      );
      if (single.length === 0) return;
      const chances = model.chances(paragraph);
      for (const said of single) {
        // A situation the model does not know it cannot speak against.
        const chance = chances.get(said.tally.theme);
        if (chance === undefined || chance >= UNLIKELY) continue;
        saidInParagraph.splice(saidInParagraph.indexOf(said), 1);
        const { tally, polarity, other, word } = said;
        tally.count--;
        if (polarity === 'uncertain') tally.uncertain--;
        if (other) tally.other--;
        if (word !== null) tally.words.splice(tally.words.indexOf(word), 1);
        if (tally.count === 0) tallies.delete(said.theme);
      }
    }

    /** Signs suggest a situation the paragraph does not already say. */
    function signFound(f: Found): void {
      const tally = tallies.get(f.theme);
      const said = tally !== undefined && tally.count > tally.negated + tally.denied + tally.hypothetical;
      if (said) return;
      mentioned.add(f.theme);
      if (f.child) forChild.push([f, 'affirmed', false]);
      else count(f, 'uncertain', false);
    }

    function count(f: Found, polarity: Polarity, other: boolean, byModel = false): void {
      const theme = themes[f.theme]?.id as ThemeId;
      const tally = tallies.get(f.theme) ?? {
        theme,
        count: 0,
        negated: 0,
        denied: 0,
        uncertain: 0,
        hypothetical: 0,
        other: 0,
        words: [],
      };
      tallies.set(f.theme, tally);
      mentioned.add(f.theme);
      tally.count++;
      if (polarity !== 'affirmed') tally[polarity]++;
      if (polarity === 'negated' || polarity === 'denied') refusedInParagraph = true;
      if (f.theme === sellingTheme && (polarity === 'affirmed' || polarity === 'uncertain'))
        if (!selling.some(([x]) => x === f)) selling.push([f, polarity, other]);
      const word = tally.words.length < MAX_WORDS && !tally.words.includes(f.words) ? f.words : null;
      if (word !== null) tally.words.push(word);
      if (polarity === 'affirmed' || polarity === 'uncertain')
        saidInParagraph.push({
          tally,
          polarity,
          other,
          theme: f.theme,
          word,
          weak: !byModel && !naming[f.theme]?.has(f.words),
        });
      if (other) tally.other++;
      // Someone else's too: a father who asks where the family can get support for his trans son.
      if ((polarity === 'affirmed' || polarity === 'uncertain') && needPart[f.theme] !== -1)
        inParagraph.set(f.theme, (inParagraph.get(f.theme) ?? 0) + 1);
    }
  }

  // Which parts a sentence holds, marked with the sentence's number so nothing is cleared.
  const seenIn = new Int32Array(namedBase);
  let sentenceNo = 0;
  /** Parts first, so a sentence of common words is dismissed by one lookup per mention. */
  const combosByPart = new Map<number, CompiledCombo[]>();
  for (const c of combos) for (const p of c.parts) combosByPart.set(p, [...(combosByPart.get(p) ?? []), c]);

  /** Whether a sentence can say anything: a situation's or resource's own term, or a whole combination. */
  function worthReading(group: readonly Mention[]): boolean {
    sentenceNo++;
    for (const m of group) {
      if (m.set < themes.length || m.set >= namedBase || signs.isSign(m.set)) return true;
      seenIn[m.set] = sentenceNo;
    }
    for (const m of group) {
      for (const c of combosByPart.get(m.set) ?? [])
        if (c.parts.every((p) => seenIn[p] === sentenceNo)) return true;
    }
    return false;
  }

  return { scan };
}

/**
 * The patient's gender where the paragraph says it clearly: a word such as "Kvinna, 34 år" (4) and
 * more than all evidence for the other; pronouns alone are not enough.
 */
function clearGender(facts: PatientFacts): 'woman' | 'man' | null {
  const { woman, man } = facts.gender;
  if (woman >= 4 && woman > man) return 'woman';
  if (man >= 4 && man > woman) return 'man';
  return null;
}

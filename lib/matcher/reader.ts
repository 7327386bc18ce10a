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
import { compileLexicon } from './compile.ts';
import { aboutOther, findCues, type Polarity, polarityOf } from './context.ts';
import { countPronouns, PATIENT_SETS, readPatientCues } from './patient.ts';
import { answered, closest, inAddress, isNumberSix, spansLine } from './sentence-rules.ts';
import { sentenceEnd, sentenceStart, type Token, tokenAt, tokenize } from './sentences.ts';
import { MAX_WORDS, type Matcher, type NamedHit, type ScanResult, type ThemeHit } from './types.ts';

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
}

interface Mention {
  set: number;
  start: number;
  end: number;
  term: string;
}

/** One situation mention in a sentence, with the words it is made of. */
interface Found {
  theme: number;
  cores: [number, number][];
  words: string;
  /** From a combination that counts only beside a child's age. */
  child?: true;
}

interface CompiledCombo {
  theme: number;
  parts: number[];
  within: number;
  child?: true;
}

/**
 * A situation whose mention shares words with a mention of another is read as that other one:
 * "besöker prostituerade" is buying sex, "dömd för sexualbrott … återfall" is own impulses,
 * "tittar på sexuella bilder på yngre barn" is the viewer's own sexuality.
 */
const YIELDS: Record<string, ThemeId> = {
  'sex-mot-ersattning': 'sexkop',
  'sexuellt-vald': 'egen-sexualitet',
  'barn-sexuell-exploatering': 'egen-sexualitet',
};
/**
 * A situation whose own term stands inside a longer term of another is read as that other one:
 * "män som betalar för sex" is the patient selling, not buying.
 */
const INSIDE_OF: Record<string, ThemeId> = { sexkop: 'sex-mot-ersattning' };
/** Words for the one who sells: beside buying sex in one sentence they describe the purchase. */
const SELLER_WORDS = new Set(['eskort', 'escort', 'prostituera', 'prostitution', 'sexarbet', 'sexsäljare']);

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

function aliasTerms(aliases: readonly string[]): Term[] {
  return aliases.map((term) => ({ term, match: 'inflect', notNear: NOT_A_NAME }) as Term);
}

export function compileMatcher(vocabulary: Vocabulary, options: ReaderOptions = {}): Matcher {
  const { themes, parts, named } = vocabulary;
  const partIndex = new Map(parts.map((p, i) => [p.id, themes.length + i]));
  const namedBase = themes.length + parts.length;
  const patientBase = namedBase + named.length;
  const lexicon = compileLexicon([
    ...themes,
    ...parts,
    ...named.map((n) => ({ terms: aliasTerms(n.aliases) })),
    ...PATIENT_SETS,
  ]);
  const combos: CompiledCombo[] = [];
  themes.forEach((theme, i) => {
    for (const combo of theme.combos) {
      const ids = combo.parts.map((id) => partIndex.get(id));
      if (ids.every((x) => x !== undefined))
        combos.push({
          theme: i,
          parts: ids as number[],
          within: combo.within,
          ...(combo.child ? { child: true as const } : {}),
        });
    }
  });
  const year = options.year ?? 2026;

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
    const namedTallies = new Map<string, NamedHit>();
    let floor = 0;
    let i = 0;
    while (i < mentions.length) {
      const first = mentions[i] as Mention;
      const start = sentenceStart(text, first.start, floor);
      const end = sentenceEnd(text, Math.max(first.end - 1, first.start));
      let j = i;
      while (j < mentions.length && (mentions[j] as Mention).start < end) j++;
      const from = i;
      i = j;
      floor = Math.min(text.length, end + 1);
      if (j - from === 1 && first.set >= themes.length && first.set < namedBase) continue;
      const group = mentions.slice(from, j);
      if (!worthReading(group)) continue;
      // The end mark is read too: "SME?" is a question.
      const tokens = tokenize(text, start, text.charCodeAt(end) === 63 ? end + 1 : end);
      // A cue word inside any term of the sentence belongs to that term ("inte kan styra", "ingen lön").
      const words = group.map((m): [number, number] => {
        const a = tokenAt(tokens, m.start);
        return [a, Math.max(a + 1, tokenAt(tokens, m.end))];
      });
      const cues = findCues(tokens).filter((c) => !words.some(([a, b]) => c.start >= a && c.end <= b));
      const found = situations(group, tokens);
      countPronouns(tokens, patient);
      let polarities = found.map((f) => polarityOf(tokens, cues, f.cores));
      polarities = answered(text, end, mentions[i]?.start ?? text.length, polarities);
      found.forEach((f, k) => {
        const about = aboutOther(tokens, f.cores, themes[f.theme]?.id ?? null);
        if (f.child) forChild.push([f, polarities[k] ?? 'affirmed', about]);
        else count(f, polarities[k] ?? 'affirmed', about);
      });
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
        // Refused, or only information given ("info om Kvinnofridslinjen om behov skulle uppstå"):
        // the note does not name it as a need.
        if (polarity === 'negated' || polarity === 'denied' || polarity === 'hypothetical') tally.negated++;
      }
    }
    // An adult's gifts to a child say something only when the text gives a child's age.
    if ([...patient.ages, ...patient.otherAges].some((age) => age < 18))
      for (const [f, polarity, other] of forChild)
        count(f, polarity === 'affirmed' ? 'uncertain' : polarity, other);
    const hits: ThemeHit[] = [];
    for (const id of THEME_IDS) {
      const index = themes.findIndex((t) => t.id === id);
      const tally = tallies.get(index);
      if (tally) hits.push(tally);
    }
    return { hits, named: [...namedTallies.values()], patient };

    function count(f: Found, polarity: Polarity, other: boolean): void {
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
      tally.count++;
      if (polarity !== 'affirmed') tally[polarity]++;
      if (other) tally.other++;
      if (tally.words.length < MAX_WORDS && !tally.words.includes(f.words)) tally.words.push(f.words);
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
      if (m.set < themes.length || m.set >= namedBase) return true;
      seenIn[m.set] = sentenceNo;
    }
    for (const m of group) {
      for (const c of combosByPart.get(m.set) ?? [])
        if (c.parts.every((p) => seenIn[p] === sentenceNo)) return true;
    }
    return false;
  }

  /** The situations of one sentence: own terms, then combinations that no own term already covers. */
  function situations(group: readonly Mention[], tokens: readonly Token[]): Found[] {
    const found: Found[] = [];
    const range = (m: Mention): [number, number] => {
      const a = tokenAt(tokens, m.start);
      return [a, Math.max(a + 1, tokenAt(tokens, m.end))];
    };
    // Selling sex inside a longer term for buying it is part of that term: "besöker
    // prostituerade", "sex med eskort" are buying sex. Other situations add up ("kan inte sluta
    // köpa sex" is both own impulses and buying sex).
    const own = group.filter((m) => m.set < themes.length);
    const within = (m: Mention, to: ThemeId | undefined) =>
      to !== undefined &&
      own.some(
        (o) =>
          themes[o.set]?.id === to &&
          o.start <= m.start &&
          o.end >= m.end &&
          o.end - o.start > m.end - m.start,
      );
    const inside = (m: Mention) =>
      within(m, YIELDS[themes[m.set]?.id ?? '']) || within(m, INSIDE_OF[themes[m.set]?.id ?? '']);
    for (const m of own) {
      if (inside(m)) continue;
      found.push({ theme: m.set, cores: [range(m)], words: m.term.toLowerCase() });
    }
    const coveredBy = (theme: number, r: readonly [number, number]) =>
      found.some(
        (f) =>
          f.theme !== theme &&
          themes[f.theme]?.id !== 'akut-fara' &&
          f.cores.some(([s, e]) => s <= r[0] && e >= r[1] && e - s > r[1] - r[0]),
      );
    for (const combo of combos) {
      const options = combo.parts.map((p) => group.filter((m) => m.set === p));
      if (options.some((o) => o.length === 0)) continue;
      const best = closest(
        options.map((o) => o.map(range)),
        combo.within,
      );
      if (best === null) continue;
      const span: [number, number] = [Math.min(...best.map((r) => r[0])), Math.max(...best.map((r) => r[1]))];
      const covered = found.some(
        (f) => f.theme === combo.theme && f.cores.some(([s, e]) => s < span[1] && span[0] < e),
      );
      // A part inside another situation's longer term belongs to that term ("köper sex" + swish).
      if (covered || best.some((r) => coveredBy(combo.theme, r))) continue;
      const order = best.map((r, k) => ({ r, k })).sort((x, y) => x.r[0] - y.r[0]);
      const words = order
        .map(({ k }) => options[k]?.find((m) => range(m)[0] === best[k]?.[0])?.term.toLowerCase() ?? '')
        .join(' + ');
      found.push({
        theme: combo.theme,
        cores: order.map(({ r }) => r),
        words,
        ...(combo.child ? { child: true as const } : {}),
      });
    }
    // What yields: a mention sharing words with the situation it yields to, and the seller's
    // noun in a sentence about buying sex ("maken köper sex via eskortsajter").
    const overlaps = (a: Found, b: Found) =>
      a.cores.some(([s, e]) => b.cores.some(([t, u]) => s < u && t < e));
    return found.filter((f) => {
      const to = YIELDS[themes[f.theme]?.id ?? ''];
      if (to === undefined) return true;
      const others = found.filter((g) => themes[g.theme]?.id === to);
      if (others.some((g) => overlaps(f, g))) return false;
      return !(to === 'sexkop' && others.length > 0 && SELLER_WORDS.has(f.words));
    });
  }

  return { scan };
}

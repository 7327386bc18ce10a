/**
 * The situations of one sentence of the reader (reader.ts): a situation's own terms, then the
 * combinations of parts that no own term already covers, and which mention yields to which.
 */
import type { ThemeId } from '../../data/themes.ts';
import type { Theme } from '../../data/vocabulary-schema.ts';
import { closest } from './sentence-rules.ts';
import { type Token, tokenAt } from './sentences.ts';
import { PAYMENT_FOR_SEX, paidByPatient, SELLER_WORDS, soldByPatient } from './who-pays.ts';

export interface Mention {
  set: number;
  start: number;
  end: number;
  term: string;
}

/** One situation mention in a sentence, with the words it is made of. */
export interface Found {
  theme: number;
  cores: [number, number][];
  words: string;
  /** From a combination that counts only beside a child's age. */
  child?: true;
  /** From a combination that counts only where the patient is clearly of this gender. */
  gender?: 'woman' | 'man';
  /** Of a combination with a part that only names who: the other parts, what is said of them. */
  acts?: [number, number][];
}

export interface CompiledCombo {
  theme: number;
  parts: number[];
  within: number;
  child?: true;
  gender?: 'woman' | 'man';
  carry?: true;
  /** Per part: whether it only names who (a partner, a relative, he). */
  who?: boolean[];
}

const SUBJECTS = new Set(['han', 'hon', 'hen']);
const OBJECTS = new Set(['henne', 'honom', 'hen', 'mig', 'pat', 'patienten']);

/**
 * A combination whose first part stood in an earlier sentence of the paragraph ("Partnern följer
 * med på alla besök.") and is taken up by a pronoun that acts on the patient in this one ("… han
 * har knuffat henne mot väggen"): a subject pronoun shortly before the second part and an object
 * pronoun right after it (or in its term: "slagit henne").
 */
export function carried(
  group: readonly Mention[],
  tokens: readonly Token[],
  combo: CompiledCombo,
): Found | null {
  for (const m of group) {
    if (m.set !== combo.parts[1]) continue;
    const a = tokenAt(tokens, m.start);
    const b = Math.max(a + 1, tokenAt(tokens, m.end));
    let subject = -1;
    for (let k = a - 1; k >= Math.max(0, a - 4); k--) if (SUBJECTS.has(tokens[k]?.text ?? '')) subject = k;
    if (subject < 0) continue;
    const object =
      OBJECTS.has(m.term.split(' ').pop() ?? '') ||
      [b, b + 1, b + 2].some((k) => OBJECTS.has(tokens[k]?.text ?? ''));
    if (!object) continue;
    return {
      theme: combo.theme,
      cores: [
        [subject, subject + 1],
        [a, b],
      ],
      words: `${tokens[subject]?.text} + ${m.term.toLowerCase()}`,
    };
  }
  return null;
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
/** Determiners that rule out the noun after them (folded). */
const NONE = new Set(['ingen', 'inget', 'inga', 'utan']);
/** The situations of one sentence: own terms, then combinations that no own term already covers. */
export function situations(
  group: readonly Mention[],
  tokens: readonly Token[],
  themes: readonly Theme[],
  combos: readonly CompiledCombo[],
): Found[] {
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
        themes[o.set]?.id === to && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start,
    );
  const inside = (m: Mention) =>
    within(m, YIELDS[themes[m.set]?.id ?? '']) || within(m, INSIDE_OF[themes[m.set]?.id ?? '']);
  const selling = themes.findIndex((t) => t.id === 'sex-mot-ersattning');
  for (const m of own) {
    if (inside(m)) continue;
    const bought = themes[m.set]?.id === 'sexkop' && selling >= 0 && soldByPatient(tokens, range(m)[0]);
    found.push({ theme: bought ? selling : m.set, cores: [range(m)], words: m.term.toLowerCase() });
  }
  const coveredBy = (theme: number, r: readonly [number, number]) =>
    found.some(
      (f) =>
        f.theme !== theme &&
        themes[f.theme]?.id !== 'akut-fara' &&
        f.cores.some(([s, e]) => s <= r[0] && e >= r[1] && e - s > r[1] - r[0]),
    );
  for (const combo of combos) {
    // "Fick ingen ersättning men hade sex för att få bo kvar": of a part's mentions, one its own
    // determiner rules out ("ingen ersättning") gives way to another in the sentence.
    const options = combo.parts.map((p) => {
      const all = group.filter((m) => m.set === p);
      const open = all.filter((m) => !NONE.has(tokens[range(m)[0] - 1]?.text ?? ''));
      return open.length > 0 ? open : all;
    });
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
    const acts = combo.who ? best.filter((_, k) => combo.who?.[k] !== true) : [];
    found.push({
      theme: combo.theme,
      cores: order.map(({ r }) => r),
      words,
      ...(combo.child ? { child: true as const } : {}),
      ...(combo.gender ? { gender: combo.gender } : {}),
      ...(acts.length > 0 && acts.length < best.length ? { acts: acts.sort((x, y) => x[0] - y[0]) } : {}),
    });
  }
  // What yields: a mention sharing words with the situation it yields to, and the seller's
  // noun in a sentence about buying sex ("maken köper sex via eskortsajter").
  const overlaps = (a: Found, b: Found) => a.cores.some(([s, e]) => b.cores.some(([t, u]) => s < u && t < e));
  // Payment and sex near each other in a sentence that says the patient sells ("en sugardaddy som
  // betalar hyran mot sex") are the selling, not a purchase by the patient.
  const isCombo = (f: Found) => f.words.includes(' + ');
  const seller = (f: Found) => [...SELLER_WORDS].some((w) => f.words.startsWith(w));
  const sells = found.some(
    (f) => f.theme === selling && !isCombo(f) && !seller(f) && !PAYMENT_FOR_SEX.test(f.words),
  );
  // Payment and sex where the patient pays ("han swishat en tjej för att få ha sex") is a purchase.
  const buying = themes.findIndex((t) => t.id === 'sexkop');
  if (buying >= 0 && !sells && paidByPatient(tokens))
    for (const f of found)
      if (f.theme === selling && (isCombo(f) || PAYMENT_FOR_SEX.test(f.words))) f.theme = buying;
  return found.filter((f) => {
    if (sells && isCombo(f) && themes[f.theme]?.id === 'sexkop') return false;
    const to = YIELDS[themes[f.theme]?.id ?? ''];
    if (to === undefined) return true;
    const others = found.filter((g) => themes[g.theme]?.id === to);
    if (others.some((g) => overlaps(f, g))) return false;
    return !(to === 'sexkop' && others.length > 0 && SELLER_WORDS.has(f.words));
  });
}

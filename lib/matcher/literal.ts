/**
 * Allocation-free equivalents of the term and anchor RegExps (`/iy`, no `u` flag): at a candidate
 * a failing term costs a few charCode comparisons instead of a RegExp call. Only characters below
 * U+0100 are compiled; anything else keeps the RegExp (compileLiteral returns null).
 */
/**
 * Between the words of a multiword term: spaces, hyphens, or nothing (sugardaddy = sugar daddy).
 * Bounded, so a term's start lies within a known distance before its anchor.
 */
export const MAX_JOINER = 3;

/**
 * Lower case as the /i flag compares without `u`: A–Z and À–Þ (not ×) fold; no character at or
 * above U+0100 folds onto one below it. 0 stands for "matches no compiled character".
 */
export const LOWER = new Uint8Array(256);
for (let c = 1; c < 256; c++) {
  const upperLatin1 = c >= 0xc0 && c <= 0xde && c !== 0xd7;
  LOWER[c] = (c >= 65 && c <= 90) || upperLatin1 ? c + 32 : c;
}

/** µ and ÿ fold onto letters above U+00FF (Μ, Ÿ): leave those to the RegExp. */
function compilable(code: number): boolean {
  return code > 0 && code < 256 && code !== 0xb5 && code !== 0xff && LOWER[code] === code;
}

/** The [åa]-style classes of patterns.ts: the letter as written, or its plain ASCII form. */
const PLAIN: Record<string, string> = { å: 'a', ä: 'a', ö: 'o', é: 'e', ü: 'u' };
/** The same by char code (0 = none), read in compileWord's loop. */
const PLAIN_CODE = new Uint8Array(256);
for (const [from, to] of Object.entries(PLAIN)) PLAIN_CODE[from.charCodeAt(0)] = to.charCodeAt(0);

/** One word of a term: per character the lower-case code and an alternative (0 = none). */
export interface LiteralWord {
  codes: Uint8Array;
  alts: Uint8Array;
}

export function compileWord(word: string): LiteralWord | null {
  const codes = new Uint8Array(word.length);
  const alts = new Uint8Array(word.length);
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!compilable(code)) return null;
    codes[i] = code;
    alts[i] = PLAIN_CODE[code] ?? 0;
  }
  return { codes, alts };
}

/** A term core ("sex mot ersättning") as words; null when some character needs the RegExp. */
export function compileLiteral(core: string): LiteralWord[] | null {
  const words: LiteralWord[] = [];
  for (const w of core.split(' ')) {
    const compiled = compileWord(w);
    if (compiled === null || w === '') return null;
    words.push(compiled);
  }
  return words;
}

/**
 * compileLiteral of many cores at once, in one loop over one shared pair of arrays (each word a
 * view into them): the page rebuilds ~5,000 terms from tables (tables-read.ts) while its code is
 * still cold, and one long loop gets optimised where 5,000 small calls would not.
 */
export function compileLiterals(cores: readonly string[]): (LiteralWord[] | null)[] {
  let total = 0;
  for (const core of cores) total += core.length;
  const codes = new Uint8Array(total);
  const alts = new Uint8Array(total);
  const out = new Array<LiteralWord[] | null>(cores.length);
  let at = 0;
  for (let k = 0; k < cores.length; k++) {
    const core = cores[k] ?? '';
    const words: LiteralWord[] = [];
    let ok = true;
    let start = at;
    // A space (and the end) closes a word; an empty word fails as in compileLiteral.
    for (let i = 0; i <= core.length && ok; i++) {
      const code = i < core.length ? core.charCodeAt(i) : 32;
      if (code === 32) {
        if (at === start) ok = false;
        else words.push({ codes: codes.subarray(start, at), alts: alts.subarray(start, at) });
        start = at;
      } else if (!compilable(code)) ok = false;
      else {
        codes[at] = code;
        alts[at] = PLAIN_CODE[code] ?? 0;
        at++;
      }
    }
    out[k] = ok ? words : null;
  }
  return out;
}

/** Quotation marks a note puts around the patient's own words ('fel tankar' om, "tar betalt"). */
const QUOTES = new Set([0x22, 0x27, 0x60, 0xab, 0xb4, 0xbb, 0x2018, 0x2019, 0x201c, 0x201d]);

/**
 * \s of a RegExp, a hyphen, a soft hyphen or a quotation mark: what may join the words of a term,
 * so "kallas 'hora'" and "'fel tankar' om" read as written without the quotes.
 */
export function isJoiner(c: number): boolean {
  if (c === 32 || c === 45 || c === 0xad || (c >= 9 && c <= 13) || c === 0xa0) return true;
  if (QUOTES.has(c)) return true;
  if (c < 0x1680) return false;
  return (
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Whether `word` stands at `at`, case-insensitively. */
export function wordAt(text: string, at: number, word: LiteralWord): boolean {
  const { codes, alts } = word;
  if (at + codes.length > text.length) return false;
  for (let i = 0; i < codes.length; i++) {
    const c = text.charCodeAt(at + i);
    const lower = c < 256 ? (LOWER[c] ?? 0) : 0;
    if (lower !== codes[i] && (lower === 0 || lower !== alts[i])) return false;
  }
  return true;
}

/**
 * End of the term starting at `at`, or -1: the words in order, each pair joined by up to
 * MAX_JOINER joiners. Taking joiners greedily is exact, since no word starts with one.
 */
export function literalEnd(text: string, at: number, words: readonly LiteralWord[]): number {
  let pos = at;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (word === undefined) return -1;
    if (w > 0) {
      const limit = pos + MAX_JOINER;
      while (pos < limit && isJoiner(text.charCodeAt(pos))) pos++;
    }
    if (!wordAt(text, pos, word)) return -1;
    pos += word.codes.length;
  }
  return pos;
}

/**
 * Two characters that reject most false starts with a comparison each: the last letter of the
 * first word (at a fixed distance from the start), and what follows it in a multiword term (a
 * joiner or the first letter of the second word). "Sexuell hälsa" fails "sexuellt våld" at the
 * "t" and "barnvaccination" fails "barn som …" at the "v", before the term is compared in full.
 */
export interface Probe {
  /** Offset of the first word's last letter; -1 = no probe (no literal). */
  at: number;
  code: number;
  alt: number;
  /** First letter of the second word and its alternative; 0 = single word. */
  next: number;
  nextAlt: number;
}

export function probeOf(words: readonly LiteralWord[] | null): Probe {
  const first = words?.[0];
  if (first === undefined || first.codes.length === 0)
    return { at: -1, code: 0, alt: 0, next: 0, nextAlt: 0 };
  const at = first.codes.length - 1;
  const second = words?.[1];
  return {
    at,
    code: first.codes[at] ?? 0,
    alt: first.alts[at] ?? 0,
    next: second?.codes[0] ?? 0,
    nextAlt: second?.alts[0] ?? 0,
  };
}

/** False when literalEnd(text, start, words) must fail: the same comparisons, on two characters. */
export function probeFits(text: string, start: number, p: Probe): boolean {
  if (p.at < 0) return true;
  let c = text.charCodeAt(start + p.at);
  let lower = c < 256 ? (LOWER[c] ?? 0) : 0;
  if (lower !== p.code && (lower === 0 || lower !== p.alt)) return false;
  if (p.next === 0) return true;
  c = text.charCodeAt(start + p.at + 1);
  if (isJoiner(c)) return true;
  lower = c < 256 ? (LOWER[c] ?? 0) : 0;
  return lower === p.next || (lower !== 0 && lower === p.nextAlt);
}

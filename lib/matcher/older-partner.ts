/**
 * A much older partner of a child ("Elev 16 år, pojkvännen är 24", "Flicka 13 … hämtas av en man
 * i 25-årsåldern", "'pojkvän' på 29"): a sign of a child's sexual exploitation, read as a
 * suspicion beside a child's age in the same paragraph (reader.ts). Not a partner of about the same
 * age ("Flicka 15 år, pojkvän 17 år", "tjej 16, pojkvännen är 19").
 */

const PARTNER =
  '(?:pojkv[äa]n(?:nen|en)?|flickv[äa]n(?:nen)?|killen|k[äa]rlek(?:en)?|sambo(?:n)?|partner(?:n)?)';
const QUOTE = `['’"”]?`;
/** "pojkvännen är 24", "'pojkvän' på 29", "pojkvän, 35 år", "killen som är 19". */
const AFTER_WORD = new RegExp(
  String.raw`(?<![\p{L}])${QUOTE}${PARTNER}${QUOTE}\s*,?\s*(?:som\s+)?(?:[äa]r\s+|p[åa]\s+)?(\d{2})(?!\d)(?!\s*(?:kr|min|mg|kg|st|%|procent|gånger|ggr|dagar|veckor|timmar))`,
  'giu',
);
/** "en 30-årig man", "en man i 25-årsåldern", "en man på 35". */
const MAN =
  /\ben\s+(\d{2})-?[åa]rig(?:e)?\s+(?:man|kille|pojkv[äa]n)\b|\ben\s+(?:man|kille)\s+(?:i\s+(\d{2})-?[åa]rs[åa]ldern|p[åa]\s+(\d{2})(?!\d))/giu;

/** The age of a partner the paragraph names with an age of 18 or more, or null. */
export function partnerAge(paragraph: string): number | null {
  let best: number | null = null;
  for (const re of [AFTER_WORD, MAN]) {
    re.lastIndex = 0;
    for (const m of paragraph.matchAll(re)) {
      const age = Number(m[1] ?? m[2] ?? m[3]);
      if (age >= 18 && age < 90 && (best === null || age > best)) best = age;
    }
  }
  return best;
}

/** Whether a partner of `partner` years is much older than a child of `child`: a crime under 15. */
export function olderPartner(child: number, partner: number): boolean {
  if (child >= 18 || partner < 18) return false;
  return child < 15 || partner - child >= 7;
}

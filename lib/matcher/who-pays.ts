/**
 * Who sells and who buys in a sentence about paying for sex (situations.ts): the people the
 * patient meets who pay, the patient who pays, and the words for the one who sells.
 */
import type { Token } from './sentences.ts';

/**
 * Buying sex said of the people a patient meets, in a relative clause ("träffar män via en app som
 * betalar för sex", "har kunder som köper sex"): the patient is the one who sells. Folded words.
 */
const BUYER_NOUNS = new Set([
  'man',
  'killar',
  'kunder',
  'gubbar',
  'gubbe',
  'personer',
  'nagon',
  'ngn',
  'nagra',
  'folk',
  'torskar',
]);
/** "som hon vet/tror/känner (till)": a clause about what the patient knows, not another person. */
const KNOWS = new Set([
  'vet',
  'tror',
  'kanner',
  'sager',
  'menar',
  'uppger',
  'moter',
  'traffar',
  'traffat',
  'mott',
]);
/** A possessive before the noun makes it a partner ("hennes man som köper sex"). */
const POSSESSIVES = new Set(['hennes', 'hans', 'min', 'sin', 'mammas', 'pats', 'patientens', 'deras']);

export function soldByPatient(tokens: readonly Token[], at: number): boolean {
  if (tokens[at - 1]?.text !== 'som') return false;
  // The noun may stand a short phrase before "som": "män via dejtingapp som …".
  for (let i = at - 2; i >= Math.max(0, at - 11); i--) {
    const w = tokens[i]?.text ?? '';
    if (BUYER_NOUNS.has(w)) return !POSSESSIVES.has(tokens[i - 1]?.text ?? '');
    // Another relative clause: "någon som hjälper en som köper sex" is about the one helped; not
    // one the patient only knows of: "män som hon vet som betalar för sex".
    if (w === 'som' && !tokens.slice(i + 1, at - 1).some((t) => KNOWS.has(t.text))) return false;
    if (!/^\p{L}+$/u.test(w)) return false;
  }
  return false;
}

/** Paying verbs, the receiving ones and the patient as their subject (folded words). */
const PAYS = new Set(
  'ger ge gav gett betalar betala betalat betalt betalade swishar swisha swishat swishade koper kopt kopte handlar handla lagger lagt spenderar spenderat'.split(
    ' ',
  ),
);
const RECEIVES = new Set('far fatt fick tjanar tjanat tjanade tar tog tagit erbjuds erbjuden'.split(' '));
const PAYER = new Set(['han', 'pat', 'pt', 'jag', 'patienten']);
const WOMAN = new Set(['hon', 'hennes']);
/** Terms that say a payment for sex, not who sells: "mot sex", "pengar för sex". */
export const PAYMENT_FOR_SEX = /^(mot|för|pengar (mot|för)|betalt för|betalning för|ersättning för) sex$/;

/** Whether the patient is the one who pays in the sentence, and nobody there receives. */
export function paidByPatient(tokens: readonly Token[]): boolean {
  if (tokens.some((t) => RECEIVES.has(t.text))) return false;
  // "han betalar hennes hyra", "hon säger att han betalar": beside her, "han" is someone else.
  const woman = tokens.some((t) => WOMAN.has(t.text));
  for (let i = 0; i < tokens.length; i++) {
    if (!PAYS.has(tokens[i]?.text ?? '')) continue;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      const w = tokens[j]?.text ?? '';
      if (PAYER.has(w) && !(woman && w === 'han')) return true;
    }
  }
  return false;
}

/** Words for the one who sells: beside buying sex in one sentence they describe the purchase. */
export const SELLER_WORDS = new Set([
  'eskort',
  'escort',
  'prostituera',
  'prostitution',
  'sexarbet',
  'sexsäljare',
]);

/**
 * Words that tell an onlooker what a visit is about: the situations' labels and the common ways
 * to say them. Discreet mode (lib/discreet.ts) and the neutral labels in the data must show none.
 * Matched case-insensitively as parts of words ("våld" also finds "våldsutsatt").
 */
export const SENSITIVE_WORDS = [
  'sex',
  'ersättning',
  'prostitu',
  'människohandel',
  'manniskohandel',
  'exploat',
  'trafficking',
  'våld',
  'hbtq',
  'heder',
  'självskad',
  'grooming',
  'utpressning',
  'kvinnofrid',
  'övergrepp',
  'akut fara',
  'sugardejt',
  'förtryck',
  'impuls',
  'escort',
] as const;

export function sensitiveIn(text: string): string[] {
  const lower = text.toLocaleLowerCase('sv');
  return SENSITIVE_WORDS.filter((word) => lower.includes(word));
}

/**
 * Words that tell an onlooker what a visit is about: the situations' labels and the common ways to
 * say them, in Swedish and English. Discreet mode, the neutral labels in the data and the patient's
 * handout (lib/handout/) must show none. Matched case-insensitively as parts of words ("våld" also
 * finds "våldsutsatt"). Pure: the tests and the handout share it.
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
  // English, for a handout printed in English
  'traffick',
  'exploit',
  'violen',
  'abuse',
  'honour',
  'honor-',
  'self-harm',
  'lgbt',
  'assault',
] as const;

/** The sensitive words `text` contains, in list order; [] when it says nothing of the situation. */
export function sensitiveIn(text: string): string[] {
  const lower = text.toLocaleLowerCase('sv');
  return SENSITIVE_WORDS.filter((word) => lower.includes(word));
}
